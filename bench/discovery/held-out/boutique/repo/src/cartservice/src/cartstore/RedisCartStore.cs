using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Tinsel.Cart.Store
{
    public interface ICartStore
    {
        Task AddItemAsync(string userId, string productId, int quantity);
        Task EmptyCartAsync(string userId);
        Task<Tinsel.Cart.Proto.Cart> GetCartAsync(string userId);
        bool Ping();
    }

    public class RedisCartStore : ICartStore
    {
        private readonly IDistributedCache _cache;

        public RedisCartStore(IDistributedCache cache)
        {
            _cache = cache;
        }

        public async Task AddItemAsync(string userId, string productId, int quantity)
        {
            try
            {
                Tinsel.Cart.Proto.Cart cart;
                var value = await _cache.GetAsync(userId);
                if (value == null)
                {
                    cart = new Tinsel.Cart.Proto.Cart { UserId = userId };
                    cart.Items.Add(new Tinsel.Cart.Proto.CartItem { ProductId = productId, Quantity = quantity });
                }
                else
                {
                    cart = Tinsel.Cart.Proto.Cart.Parser.ParseFrom(value);
                    var existing = cart.Items.SingleOrDefault(i => i.ProductId == productId);
                    if (existing == null)
                    {
                        cart.Items.Add(new Tinsel.Cart.Proto.CartItem { ProductId = productId, Quantity = quantity });
                    }
                    else
                    {
                        existing.Quantity += quantity;
                    }
                }
                await _cache.SetAsync(userId, cart.ToByteArray());
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
                var cart = new Tinsel.Cart.Proto.Cart { UserId = userId };
                await _cache.SetAsync(userId, cart.ToByteArray());
            }
            catch (Exception ex)
            {
                throw new RpcException(new Status(StatusCode.FailedPrecondition, $"Can't access cart storage. {ex}"));
            }
        }

        public async Task<Tinsel.Cart.Proto.Cart> GetCartAsync(string userId)
        {
            var value = await _cache.GetAsync(userId);
            return value != null
                ? Tinsel.Cart.Proto.Cart.Parser.ParseFrom(value)
                : new Tinsel.Cart.Proto.Cart();
        }

        public bool Ping()
        {
            try
            {
                _cache.Get("__ping__");
                return true;
            }
            catch (Exception)
            {
                return false;
            }
        }
    }

    public class CartStoreHealthCheck : IHealthCheck
    {
        private readonly ICartStore _store;
        public CartStoreHealthCheck(ICartStore store) { _store = store; }

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
            => Task.FromResult(_store.Ping() ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("cart store unreachable"));
    }
}
