using System;
using System.Linq;
using System.Threading.Tasks;
using Grpc.Core;
using StackExchange.Redis;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace cart.cartstore;

public class ValkeyCartStore : ICartStore
{
    private readonly ILogger _logger;
    private const string CartFieldName = "cart";
    private const int RedisRetryNumber = 30;

    private volatile ConnectionMultiplexer _redis;
    private volatile bool _isRedisConnectionOpened;

    private readonly object _locker = new();
    private readonly byte[] _emptyCartBytes;
    private readonly string _connectionString;
    private readonly ConfigurationOptions _redisConnectionOptions;

    public ValkeyCartStore(ILogger<ValkeyCartStore> logger, string valkeyAddress)
    {
        _logger = logger;
        _emptyCartBytes = new Stardust.Cart().ToByteArray();
        _connectionString = $"{valkeyAddress},ssl=false,allowAdmin=true,abortConnect=false";
        _redisConnectionOptions = ConfigurationOptions.Parse(_connectionString);

        // Try to reconnect multiple times if the first retry fails.
        _redisConnectionOptions.ConnectRetry = RedisRetryNumber;
        _redisConnectionOptions.ReconnectRetryPolicy = new ExponentialRetry(1000);
        _redisConnectionOptions.KeepAlive = 180;
    }

    public ConnectionMultiplexer GetConnection()
    {
        EnsureRedisConnected();
        return _redis;
    }

    public void Initialize() => EnsureRedisConnected();

    private void EnsureRedisConnected()
    {
        if (_isRedisConnectionOpened) return;

        lock (_locker)
        {
            if (_isRedisConnectionOpened) return;

            _logger.LogDebug("Connecting to Valkey: {ConnectionString}", _connectionString);
            _redis = ConnectionMultiplexer.Connect(_redisConnectionOptions);

            if (_redis == null || !_redis.IsConnected)
            {
                _logger.LogError("Wasn't able to connect to Valkey");
                throw new ApplicationException("Wasn't able to connect to Valkey");
            }

            var cache = _redis.GetDatabase();
            cache.StringSet("cart", "OK");
            cache.KeyDelete("cart");
            _isRedisConnectionOpened = true;
        }
    }

    public async Task AddItemAsync(string userId, string productId, int quantity)
    {
        try
        {
            EnsureRedisConnected();
            var db = _redis.GetDatabase();
            var value = await db.HashGetAsync(userId, CartFieldName);

            Stardust.Cart cart;
            if (value.IsNull)
            {
                cart = new Stardust.Cart { UserId = userId };
                cart.Items.Add(new Stardust.CartItem { ProductId = productId, Quantity = quantity });
            }
            else
            {
                cart = Stardust.Cart.Parser.ParseFrom(value);
                var existingItem = cart.Items.SingleOrDefault(i => i.ProductId == productId);
                if (existingItem == null)
                    cart.Items.Add(new Stardust.CartItem { ProductId = productId, Quantity = quantity });
                else
                    existingItem.Quantity += quantity;
            }

            await db.HashSetAsync(userId, new[] { new HashEntry(CartFieldName, cart.ToByteArray()) });
            await db.KeyExpireAsync(userId, TimeSpan.FromMinutes(60));
        }
        catch (Exception ex)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Can't access cart storage. {ex}"));
        }
    }

    public async Task EmptyCartAsync(string userId)
    {
        try
        {
            EnsureRedisConnected();
            var db = _redis.GetDatabase();
            await db.HashSetAsync(userId, new[] { new HashEntry(CartFieldName, _emptyCartBytes) });
            await db.KeyExpireAsync(userId, TimeSpan.FromMinutes(60));
        }
        catch (Exception ex)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Can't access cart storage. {ex}"));
        }
    }

    public async Task<Stardust.Cart> GetCartAsync(string userId)
    {
        try
        {
            EnsureRedisConnected();
            var db = _redis.GetDatabase();
            var value = await db.HashGetAsync(userId, CartFieldName);
            return value.IsNull ? new Stardust.Cart() : Stardust.Cart.Parser.ParseFrom(value);
        }
        catch (Exception ex)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Can't access cart storage. {ex}"));
        }
    }

    public bool Ping()
    {
        try
        {
            var cache = _redis.GetDatabase();
            var res = cache.Ping();
            return res != TimeSpan.Zero;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
