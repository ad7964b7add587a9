using System.Threading.Tasks;
using Grpc.Core;
using Tinsel.Cart.Proto;
using Tinsel.Cart.Store;

namespace Tinsel.Cart.Services
{
    public class CartService : Tinsel.Cart.Proto.CartService.CartServiceBase
    {
        private static readonly Empty EmptyReply = new Empty();
        private readonly ICartStore _cartStore;

        public CartService(ICartStore cartStore)
        {
            _cartStore = cartStore;
        }

        public override async Task<Empty> AddItem(AddItemRequest request, ServerCallContext context)
        {
            await _cartStore.AddItemAsync(request.UserId, request.Item.ProductId, request.Item.Quantity);
            return EmptyReply;
        }

        public override Task<Tinsel.Cart.Proto.Cart> GetCart(GetCartRequest request, ServerCallContext context)
        {
            return _cartStore.GetCartAsync(request.UserId);
        }

        public override async Task<Empty> EmptyCart(EmptyCartRequest request, ServerCallContext context)
        {
            await _cartStore.EmptyCartAsync(request.UserId);
            return EmptyReply;
        }
    }
}
