using System.Text.Json;
using Northwind.Services.Basket.API.Model;
using StackExchange.Redis;

namespace Northwind.Services.Basket.API.Infrastructure;

public interface IBasketRepository
{
    Task<CustomerBasket> GetBasketAsync(string customerId);
    IEnumerable<string> GetUsers();
    Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
    Task<bool> DeleteBasketAsync(string id);
}

public class RedisBasketRepository : IBasketRepository
{
    private static readonly RedisKey BasketKeyPrefix = "/basket/"u8.ToArray();

    private readonly ILogger<RedisBasketRepository> _logger;
    private readonly ConnectionMultiplexer _redis;
    private readonly IDatabase _database;

    public RedisBasketRepository(ILogger<RedisBasketRepository> logger, ConnectionMultiplexer redis)
    {
        _logger = logger;
        _redis = redis;
        _database = redis.GetDatabase();
    }

    private static RedisKey GetBasketKey(string userId) => BasketKeyPrefix.Append(userId);

    public async Task<bool> DeleteBasketAsync(string id)
    {
        return await _database.KeyDeleteAsync(GetBasketKey(id));
    }

    public IEnumerable<string> GetUsers()
    {
        var server = _redis.GetServer(_redis.GetEndPoints().First());
        return server.Keys(pattern: "/basket/*").Select(k => k.ToString()["/basket/".Length..]);
    }

    public async Task<CustomerBasket> GetBasketAsync(string customerId)
    {
        var data = await _database.StringGetAsync(GetBasketKey(customerId));
        if (data.IsNullOrEmpty)
        {
            return null;
        }
        return JsonSerializer.Deserialize<CustomerBasket>(data.ToString());
    }

    public async Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket)
    {
        var created = await _database.StringSetAsync(GetBasketKey(basket.BuyerId), JsonSerializer.Serialize(basket));
        if (!created)
        {
            _logger.LogInformation("Problem occurred persisting the item.");
            return null;
        }
        _logger.LogInformation("Basket item persisted successfully.");
        return await GetBasketAsync(basket.BuyerId);
    }
}
