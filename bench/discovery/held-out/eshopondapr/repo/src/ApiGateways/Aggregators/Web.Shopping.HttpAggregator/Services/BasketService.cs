using Dapr.Client;
using Larkspur.Web.Shopping.HttpAggregator.Infrastructure;
using Larkspur.Web.Shopping.HttpAggregator.Models;
using Microsoft.AspNetCore.Authentication;

namespace Larkspur.Web.Shopping.HttpAggregator.Services;

public interface IBasketService
{
    Task<BasketData?> GetByIdAsync(string id);
    Task UpdateAsync(BasketData currentBasket);
}

public class BasketService : IBasketService
{
    private readonly DaprClient _daprClient;
    private readonly IHttpContextAccessor _httpContextAccessor;

    public BasketService(DaprClient daprClient, IHttpContextAccessor httpContextAccessor)
    {
        _daprClient = daprClient;
        _httpContextAccessor = httpContextAccessor;
    }

    public async Task<BasketData?> GetByIdAsync(string id)
    {
        var request = _daprClient.CreateInvokeMethodRequest(HttpMethod.Get, DaprAppIds.BasketApi, "api/v1/basket");
        await AddBearerTokenAsync(request);
        return await _daprClient.InvokeMethodAsync<BasketData>(request);
    }

    public async Task UpdateAsync(BasketData currentBasket)
    {
        var request = _daprClient.CreateInvokeMethodRequest(DaprAppIds.BasketApi, "api/v1/basket", currentBasket);
        await AddBearerTokenAsync(request);
        await _daprClient.InvokeMethodAsync(request);
    }

    private async Task AddBearerTokenAsync(HttpRequestMessage request)
    {
        var token = await _httpContextAccessor.HttpContext!.GetTokenAsync("access_token");
        request.Headers.Authorization = new("Bearer", token);
    }
}
