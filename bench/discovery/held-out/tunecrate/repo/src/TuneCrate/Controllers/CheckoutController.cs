using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Steeltoe.CircuitBreaker.Hystrix.Exceptions;
using TuneCrate.Models;
using TuneCrate.Services;
using TuneCrate.Services.HystrixCommands;

namespace TuneCrate.Controllers
{
    [Authorize]
    public class CheckoutController : Controller
    {
        private readonly IOrderService _orders;

        public CheckoutController(IOrderService orders)
        {
            _orders = orders;
        }

        public IActionResult AddressAndPayment() => View();

        [HttpPost]
        [ValidateAntiForgeryToken]
        public async Task<IActionResult> AddressAndPayment(Order order,
            [FromServices] GetCartItemsCommand getItems,
            [FromServices] PlaceOrderCommand placeOrder)
        {
            if (!ModelState.IsValid)
            {
                return View(order);
            }

            var cartId = ShoppingCartController.GetCartId(HttpContext);
            var items = await getItems.GetCartItemsAsync(cartId);
            order.Username = User.Identity.Name;
            order.OrderDetails = items.Select(i => new OrderDetail
            {
                AlbumId = i.AlbumId,
                Quantity = i.Count,
                UnitPrice = i.AlbumPrice
            }).ToList();

            try
            {
                // The cart is emptied by shoppingcartservice when it sees order.placed.
                var orderId = await placeOrder.PlaceOrderAsync(order, cartId);
                return RedirectToAction("Complete", new { id = orderId });
            }
            catch (HystrixRuntimeException)
            {
                ModelState.AddModelError(string.Empty, "We could not place your order right now. Please try again.");
                return View(order);
            }
        }

        public async Task<IActionResult> Complete(int id)
        {
            var order = await _orders.GetOrderAsync(id, User.Identity.Name);
            return order == null ? View("Error") : View(id);
        }
    }
}
