using Microsoft.Azure.Cosmos;

namespace Kestrel.Skyparcel.DeliveryHistory
{
    public record DeliveryHistoryRecord(string DeliveryId, string Stage, string DroneId, DateTimeOffset At)
    {
        public string id => $"{DeliveryId}:{Stage}:{At.ToUnixTimeMilliseconds()}";
    }

    public interface IHistoryStore
    {
        Task AppendAsync(DeliveryHistoryRecord record);
    }

    public class HistoryStore : IHistoryStore
    {
        private readonly Container _container;

        public HistoryStore(CosmosClient client, IConfiguration cfg)
        {
            _container = client.GetContainer(cfg["HistoryDb:DatabaseId"] ?? "deliveryhistory",
                                              cfg["HistoryDb:ContainerId"] ?? "events");
        }

        public Task AppendAsync(DeliveryHistoryRecord record) =>
            _container.UpsertItemAsync(record, new PartitionKey(record.DeliveryId));
    }
}
