using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Showpass.Web.Models;
using Showpass.Web.Services;

namespace Showpass.Web.Controllers;

[Authorize]
public class ShoppingBasketController : Controller
{
    private const string BasketCookie = "showpass-basket";
    private readonly IShoppingBasketService _basketService;
    private readonly IOrderService _orderService;
    private readonly Settings _settings;

    public ShoppingBasketController(IShoppingBasketService basketService, IOrderService orderService, Settings settings)
    {
        _basketService = basketService;
        _orderService = orderService;
        _settings = settings;
    }

    private Guid BasketId =>
        Request.Cookies.TryGetValue(BasketCookie, out var v) && Guid.TryParse(v, out var id) ? id : Guid.NewGuid();

    public async Task<IActionResult> Index() => View(await _basketService.GetBasket(BasketId));

    [HttpPost]
    public async Task<IActionResult> Add(Guid eventId, int ticketAmount)
    {
        var basket = await _basketService.AddToBasket(BasketId, eventId, ticketAmount);
        Response.Cookies.Append(BasketCookie, basket.BasketId.ToString());
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ApplyCoupon(string code)
    {
        await _basketService.ApplyCouponToBasket(BasketId, code);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Checkout(BasketCheckout checkout)
    {
        await _basketService.Checkout(checkout with { BasketId = BasketId, UserId = _settings.UserId });
        Response.Cookies.Delete(BasketCookie);
        return RedirectToAction(nameof(Orders));
    }

    public async Task<IActionResult> Orders() => View(await _orderService.GetOrdersForUser(_settings.UserId));
}
