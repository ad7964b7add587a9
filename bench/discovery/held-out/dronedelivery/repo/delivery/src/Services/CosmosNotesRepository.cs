using Kestrel.Skyparcel.Delivery.Models;
using Microsoft.Azure.Cosmos;

namespace Kestrel.Skyparcel.Delivery.Services
{
    public interface INotesRepository
    {
        Task AddAsync(DeliveryNote note);
        Task<IReadOnlyList<DeliveryNote>> ForDeliveryAsync(string deliveryId);
    }

    public class CosmosNotesRepository : INotesRepository
    {
        private readonly Container _container;

        public CosmosNotesRepository(CosmosClient client, IConfiguration config)
        {
            _container = client.GetContainer(
                config["CosmosDb:DatabaseId"] ?? "deliveries",
                config["CosmosDb:CollectionId"] ?? "notes");
        }

        public Task AddAsync(DeliveryNote note) =>
            _container.CreateItemAsync(note, new PartitionKey(note.DeliveryId));

        public async Task<IReadOnlyList<DeliveryNote>> ForDeliveryAsync(string deliveryId)
        {
            var query = new QueryDefinition("SELECT * FROM n WHERE n.DeliveryId = @id").WithParameter("@id", deliveryId);
            var results = new List<DeliveryNote>();
            using var it = _container.GetItemQueryIterator<DeliveryNote>(query,
                requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(deliveryId) });
            while (it.HasMoreResults)
                results.AddRange(await it.ReadNextAsync());
            return results;
        }
    }
}
