using System.Collections.Generic;
using System.Threading.Tasks;
using Steeltoe.CircuitBreaker.Hystrix;
using TuneCrate.Models;

namespace TuneCrate.Services.HystrixCommands
{
    public class GetCartItemsCommand : HystrixCommand<List<CartItem>>
    {
        private readonly IShoppingCartService _carts;
        private string _cartId;

        public GetCartItemsCommand(IHystrixCommandOptions options, IShoppingCartService carts)
            : base(options)
        {
            _carts = carts;
            IsFallbackUserDefined = true;
        }

        public Task<List<CartItem>> GetCartItemsAsync(string cartId)
        {
            _cartId = cartId;
            return ExecuteAsync();
        }

        protected override Task<List<CartItem>> RunAsync() => _carts.GetCartItemsAsync(_cartId);

        protected override Task<List<CartItem>> RunFallbackAsync() => Task.FromResult(new List<CartItem>());
    }

    public class AddItemToCartCommand : HystrixCommand<bool>
    {
        private readonly IShoppingCartService _carts;
        private string _cartId;
        private Album _album;

        public AddItemToCartCommand(IHystrixCommandOptions options, IShoppingCartService carts)
            : base(options)
        {
            _carts = carts;
            IsFallbackUserDefined = true;
        }

        public Task<bool> AddItemAsync(string cartId, Album album)
        {
            _cartId = cartId;
            _album = album;
            return ExecuteAsync();
        }

        protected override Task<bool> RunAsync() => _carts.AddItemAsync(_cartId, _album);

        protected override Task<bool> RunFallbackAsync() => Task.FromResult(false);
    }
}
