using Harborline.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System;
using System.Linq;
using System.Threading.Tasks;

namespace Harborline.Web.Pages
{
    public class CartModelPage : PageModel
    {
        private readonly ICartService _cartService;

        public CartModelPage(ICartService cartService)
        {
            _cartService = cartService ?? throw new ArgumentNullException(nameof(cartService));
        }

        public CartModel Cart { get; set; } = new CartModel();

        public async Task<IActionResult> OnGetAsync()
        {
            var userName = "swn";
            Cart = await _cartService.GetCart(userName);

            return Page();
        }

        // Polled by wwwroot/js/cart.js to refresh the header badge
        public async Task<JsonResult> OnGetCountAsync()
        {
            var cart = await _cartService.GetCart("swn");
            return new JsonResult(new { count = cart?.Items.Sum(i => i.Quantity) ?? 0 });
        }

        public async Task<IActionResult> OnPostRemoveToCartAsync(string productId)
        {
            var userName = "swn";
            var cart = await _cartService.GetCart(userName);

            var item = cart.Items.Single(x => x.ProductId == productId);
            cart.Items.Remove(item);

            await _cartService.UpdateCart(cart);

            return RedirectToPage();
        }
    }
}
