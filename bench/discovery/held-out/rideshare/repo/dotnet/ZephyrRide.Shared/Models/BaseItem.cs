using System;
using Newtonsoft.Json;

namespace ZephyrRide.Shared.Models
{
    public abstract class BaseItem
    {
        [JsonProperty(PropertyName = "id")]
        public string Id { get; set; }

        [JsonProperty(PropertyName = "_self")]
        public string Self { get; set; }

        [JsonProperty(PropertyName = "correlationId")]
        public string CorrelationId { get; set; } = Guid.NewGuid().ToString();

        [JsonProperty(PropertyName = "upsertDate")]
        public DateTime UpsertDate { get; set; } = DateTime.UtcNow;

        [JsonProperty(PropertyName = "collectionType")]
        public ItemCollectionTypes CollectionType { get; set; }
    }

    public enum ItemCollectionTypes
    {
        Driver,
        Trip,
        Passenger
    }
}
