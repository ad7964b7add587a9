using System.Text.Json;
using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Producer;
using Kestrel.Skyparcel.Delivery.Models;

namespace Kestrel.Skyparcel.Delivery.Services
{
    public interface IDeliveryStatusPublisher
    {
        Task PublishAsync(DeliveryStatusEvent statusEvent);
    }

    public class DeliveryStatusPublisher : IDeliveryStatusPublisher
    {
        private readonly EventHubProducerClient _producer;

        public DeliveryStatusPublisher(EventHubProducerClient producer) => _producer = producer;

        public async Task PublishAsync(DeliveryStatusEvent statusEvent)
        {
            using var batch = await _producer.CreateBatchAsync(new CreateBatchOptions { PartitionKey = statusEvent.DeliveryId });
            batch.TryAdd(new EventData(JsonSerializer.SerializeToUtf8Bytes(statusEvent)));
            await _producer.SendAsync(batch);
        }
    }
}
