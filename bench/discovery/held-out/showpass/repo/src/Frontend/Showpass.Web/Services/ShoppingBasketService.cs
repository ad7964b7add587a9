using System.Net.Http.Json;
using Showpass.Web.Models;

namespace Showpass.Web.Services;

public interface IShoppingBasketService
{
    Task<Basket> GetBasket(Guid basketId);
    Task<Basket> AddToBasket(Guid basketId, Guid eventId, int ticketAmount);
    Task ApplyCouponToBasket(Guid basketId, string code);
    Task Checkout(BasketCheckout checkout);
}

public class ShoppingBasketService : IShoppingBasketService
{
    private readonly HttpClient _client;

    public ShoppingBasketService(HttpClient client) => _client = client;

    public async Task<Basket> GetBasket(Guid basketId) =>
        await (await _client.GetAsync($"/basket/api/baskets/{basketId}")).ReadContentAs<Basket>();

    public async Task<Basket> AddToBasket(Guid basketId, Guid eventId, int ticketAmount) =>
        await (await _client.PostAsJsonAsync($"/basket/api/baskets/{basketId}/lines", new { eventId, ticketAmount }))
            .ReadContentAs<Basket>();

    public async Task ApplyCouponToBasket(Guid basketId, string code)
    {
        var response = await _client.PutAsync($"/basket/api/baskets/{basketId}/coupon/{code}", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task Checkout(BasketCheckout checkout)
    {
        var response = await _client.PostAsJsonAsync("/basket/api/baskets/checkout", checkout);
        response.EnsureSuccessStatusCode();
    }
}

public interface IOrderService
{
    Task<List<Order>> GetOrdersForUser(Guid userId);
}

public class OrderService : IOrderService
{
    private readonly HttpClient _client;

    public OrderService(HttpClient client) => _client = client;

    public async Task<List<Order>> GetOrdersForUser(Guid userId) =>
        await (await _client.GetAsync($"/order/api/order/user/{userId}")).ReadContentAs<List<Order>>();
}
