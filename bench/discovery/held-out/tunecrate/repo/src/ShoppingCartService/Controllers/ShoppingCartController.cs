using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ShoppingCartService.Models;

namespace ShoppingCartService.Controllers
{
    [Route("api/[controller]")]
    public class ShoppingCartController : Controller
    {
        private readonly ICartRepository _carts;
        private readonly CartOptions _options;

        public ShoppingCartController(ICartRepository carts, IOptions<CartOptions> options)
        {
            _carts = carts;
            _options = options.Value;
        }

        [HttpGet("{cartId}")]
        public Task<List<CartItem>> GetCart(string cartId) => _carts.GetItemsAsync(cartId);

        [HttpPut("{cartId}/item/{albumId:int}")]
        public async Task<IActionResult> AddItem(string cartId, int albumId, [FromBody] AddItemRequest request)
        {
            var items = await _carts.GetItemsAsync(cartId);
            if (items.Sum(i => i.Count) >= _options.MaxItemsPerCart)
            {
                return BadRequest("Cart is full");
            }
            var item = await _carts.AddAsync(cartId, albumId, request.Title, request.Price);
            return Ok(item);
        }

        [HttpDelete("{cartId}/item/{cartItemId:int}")]
        public async Task<int> RemoveItem(string cartId, int cartItemId) =>
            await _carts.RemoveAsync(cartId, cartItemId);

        [HttpDelete("{cartId}")]
        public async Task<IActionResult> EmptyCart(string cartId)
        {
            await _carts.EmptyAsync(cartId);
            return NoContent();
        }
    }

    public class AddItemRequest
    {
        public string Title { get; set; }
        public decimal Price { get; set; }
    }
}
