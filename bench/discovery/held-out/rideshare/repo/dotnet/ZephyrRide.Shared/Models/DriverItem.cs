using System;
using Newtonsoft.Json;

namespace ZephyrRide.Shared.Models
{
    public class DriverItem : BaseItem
    {
        public DriverItem()
        {
            CollectionType = ItemCollectionTypes.Driver;
        }

        [JsonProperty(PropertyName = "code")]
        public string Code { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "firstName")]
        public string FirstName { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "lastName")]
        public string LastName { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "latitude")]
        public double Latitude { get; set; }

        [JsonProperty(PropertyName = "longitude")]
        public double Longitude { get; set; }

        [JsonProperty(PropertyName = "car")]
        public CarItem Car { get; set; } = new CarItem();

        [JsonProperty(PropertyName = "isAcceptingRides")]
        public bool IsAcceptingRides { get; set; }
    }

    public class CarItem
    {
        [JsonProperty(PropertyName = "driverCode")]
        public string DriverCode { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "make")]
        public string Make { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "model")]
        public string Model { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "year")]
        public string Year { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "color")]
        public string Color { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "licensePlate")]
        public string LicensePlate { get; set; } = string.Empty;
    }

    public class DriverLocationItem
    {
        [JsonProperty(PropertyName = "driverCode")]
        public string DriverCode { get; set; }

        [JsonProperty(PropertyName = "latitude")]
        public double Latitude { get; set; }

        [JsonProperty(PropertyName = "longitude")]
        public double Longitude { get; set; }

        [JsonProperty(PropertyName = "timestamp")]
        public DateTime Timestamp { get; set; } = DateTime.UtcNow;
    }
}
