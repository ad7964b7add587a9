using System.Text.Json;
using Kestrel.Skyparcel.Delivery.Models;
using StackExchange.Redis;

namespace Kestrel.Skyparcel.Delivery.Services
{
    public interface IDeliveryRepository
    {
        Task<InternalDelivery?> GetAsync(string id);
        Task<bool> CreateAsync(InternalDelivery delivery);
        Task UpdateAsync(InternalDelivery delivery);
        Task DeleteAsync(string id);
    }

    public class RedisDeliveryRepository : IDeliveryRepository
    {
        private static readonly TimeSpan Ttl = TimeSpan.FromDays(3);
        private readonly IDatabase _db;

        public RedisDeliveryRepository(IConnectionMultiplexer redis) => _db = redis.GetDatabase();

        private static string Key(string id) => $"delivery:{id}";

        public async Task<InternalDelivery?> GetAsync(string id)
        {
            var value = await _db.StringGetAsync(Key(id));
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<InternalDelivery>(value!);
        }

        public Task<bool> CreateAsync(InternalDelivery delivery) =>
            _db.StringSetAsync(Key(delivery.Id), JsonSerializer.Serialize(delivery), Ttl, When.NotExists);

        public Task UpdateAsync(InternalDelivery delivery) =>
            _db.StringSetAsync(Key(delivery.Id), JsonSerializer.Serialize(delivery), Ttl, When.Exists);

        public Task DeleteAsync(string id) => _db.KeyDeleteAsync(Key(id));
    }
}
