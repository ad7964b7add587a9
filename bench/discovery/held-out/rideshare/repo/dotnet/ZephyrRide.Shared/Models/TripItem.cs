using System;
using System.Collections.Generic;
using Newtonsoft.Json;

namespace ZephyrRide.Shared.Models
{
    public class TripItem : BaseItem
    {
        public TripItem()
        {
            CollectionType = ItemCollectionTypes.Trip;
        }

        [JsonProperty(PropertyName = "code")]
        public string Code { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "passenger")]
        public PassengerItem Passenger { get; set; } = new PassengerItem();

        [JsonProperty(PropertyName = "passengerCode")]
        public string PassengerCode { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "driver")]
        public DriverItem Driver { get; set; }

        [JsonProperty(PropertyName = "availableDrivers")]
        public List<DriverItem> AvailableDrivers { get; set; } = new List<DriverItem>();

        [JsonProperty(PropertyName = "source")]
        public TripLocation Source { get; set; } = new TripLocation();

        [JsonProperty(PropertyName = "destination")]
        public TripLocation Destination { get; set; } = new TripLocation();

        [JsonProperty(PropertyName = "acceptDate")]
        public DateTime? AcceptDate { get; set; }

        [JsonProperty(PropertyName = "startDate")]
        public DateTime StartDate { get; set; } = DateTime.UtcNow;

        [JsonProperty(PropertyName = "endDate")]
        public DateTime? EndDate { get; set; }

        [JsonProperty(PropertyName = "duration")]
        public double Duration { get; set; }

        [JsonProperty(PropertyName = "monitorIterations")]
        public int MonitorIterations { get; set; }

        [JsonProperty(PropertyName = "isAborted")]
        public bool IsAborted { get; set; }

        [JsonProperty(PropertyName = "error")]
        public string Error { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "type")]
        public TripTypes Type { get; set; } = TripTypes.Normal;
    }

    public class TripLocation
    {
        [JsonProperty(PropertyName = "latitude")]
        public double Latitude { get; set; }

        [JsonProperty(PropertyName = "longitude")]
        public double Longitude { get; set; }
    }

    public class TripDemoState
    {
        [JsonProperty(PropertyName = "code")]
        public string Code { get; set; }

        [JsonProperty(PropertyName = "source")]
        public TripLocation Source { get; set; }

        [JsonProperty(PropertyName = "destination")]
        public TripLocation Destination { get; set; }

        [JsonProperty(PropertyName = "routeLocations")]
        public List<TripLocation> RouteLocations { get; set; } = new List<TripLocation>();

        [JsonProperty(PropertyName = "currentRouteIndex")]
        public int CurrentRouteIndex { get; set; }
    }

    public enum TripTypes
    {
        Normal,
        Demo
    }

    /// <summary>
    /// Event Grid event types published on the trip-events and driver-events topics.
    /// </summary>
    public static class TripEventTypes
    {
        public const string TripCreated = "ZephyrRide.Trips.TripCreated";
        public const string TripDriversNotified = "ZephyrRide.Trips.TripDriversNotified";
        public const string TripDriverPicked = "ZephyrRide.Trips.TripDriverPicked";
        public const string TripStarting = "ZephyrRide.Trips.TripStarting";
        public const string TripRunning = "ZephyrRide.Trips.TripRunning";
        public const string TripCompleted = "ZephyrRide.Trips.TripCompleted";
        public const string TripAborted = "ZephyrRide.Trips.TripAborted";

        public const string DriverLocationChanged = "ZephyrRide.Drivers.DriverLocationChanged";
    }

    public class PassengerItem : BaseItem
    {
        public PassengerItem()
        {
            CollectionType = ItemCollectionTypes.Passenger;
        }

        [JsonProperty(PropertyName = "code")]
        public string Code { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "firstName")]
        public string FirstName { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "lastName")]
        public string LastName { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "mobileNumber")]
        public string MobileNumber { get; set; } = string.Empty;

        [JsonProperty(PropertyName = "email")]
        public string Email { get; set; } = string.Empty;
    }
}
