using System.Net.Http.Json;
using Northwind.WebMVC.ViewModels;

namespace Northwind.WebMVC.Services;

public interface IOrderingService
{
    Task<List<Order>> GetMyOrders();
    Task<Order> GetOrder(int orderId);
    Task CancelOrder(int orderId);
}

public class OrderingService : IOrderingService
{
    private readonly HttpClient _httpClient;

    public OrderingService(HttpClient httpClient)
    {
        _httpClient = httpClient;
    }

    public async Task<List<Order>> GetMyOrders()
    {
        return await _httpClient.GetFromJsonAsync<List<Order>>("api/v1/orders");
    }

    public async Task<Order> GetOrder(int orderId)
    {
        return await _httpClient.GetFromJsonAsync<Order>($"api/v1/orders/{orderId}");
    }

    public async Task CancelOrder(int orderId)
    {
        var response = await _httpClient.PutAsJsonAsync("api/v1/orders/cancel", orderId);
        response.EnsureSuccessStatusCode();
    }
}
