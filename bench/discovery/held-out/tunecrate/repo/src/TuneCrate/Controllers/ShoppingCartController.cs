using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TuneCrate.Services;
using TuneCrate.Services.HystrixCommands;

namespace TuneCrate.Controllers
{
    public class ShoppingCartController : Controller
    {
        internal const string CartSessionKey = "CartId";

        private readonly IShoppingCartService _carts;

        public ShoppingCartController(IShoppingCartService carts)
        {
            _carts = carts;
        }

        internal static string GetCartId(HttpContext context)
        {
            var cartId = context.Session.GetString(CartSessionKey);
            if (string.IsNullOrEmpty(cartId))
            {
                cartId = context.User.Identity.IsAuthenticated ? context.User.Identity.Name : Guid.NewGuid().ToString();
                context.Session.SetString(CartSessionKey, cartId);
            }
            return cartId;
        }

        public async Task<IActionResult> Index([FromServices] GetCartItemsCommand getItems)
        {
            var items = await getItems.GetCartItemsAsync(GetCartId(HttpContext));
            ViewBag.CartTotal = items.Sum(i => i.AlbumPrice * i.Count);
            return View(items);
        }

        public async Task<IActionResult> AddToCart(int id,
            [FromServices] GetAlbumCommand getAlbum,
            [FromServices] AddItemToCartCommand addItem)
        {
            var album = await getAlbum.GetAlbumAsync(id);
            await addItem.AddItemAsync(GetCartId(HttpContext), album);
            return RedirectToAction("Index");
        }

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> RemoveFromCart(int id)
        {
            var remaining = await _carts.RemoveItemAsync(GetCartId(HttpContext), id);
            return Json(new { ItemCount = remaining, DeleteId = id });
        }
    }
}
