using System.Net.Http.Json;
using Northwind.WebMVC.ViewModels;

namespace Northwind.WebMVC.Services;

public interface IBasketService
{
    Task<Basket> GetBasket(string userId);
    Task<Basket> UpdateBasket(Basket basket);
    Task Checkout(BasketCheckout basket);
}

public class BasketService : IBasketService
{
    private readonly HttpClient _apiClient;

    public BasketService(HttpClient httpClient)
    {
        _apiClient = httpClient;
    }

    public async Task<Basket> GetBasket(string userId)
    {
        return await _apiClient.GetFromJsonAsync<Basket>($"api/v1/basket/{userId}") ?? new Basket(userId, new List<BasketItem>());
    }

    public async Task<Basket> UpdateBasket(Basket basket)
    {
        var response = await _apiClient.PostAsJsonAsync("api/v1/basket", basket);
        response.EnsureSuccessStatusCode();
        return basket;
    }

    public async Task Checkout(BasketCheckout basket)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/basket/checkout")
        {
            Content = JsonContent.Create(basket)
        };
        request.Headers.Add("x-requestid", basket.RequestId.ToString());
        var response = await _apiClient.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
