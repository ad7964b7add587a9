using Dapr.Client;
using Larkspur.Services.Basket.API.Model;

namespace Larkspur.Services.Basket.API.Infrastructure.Repositories;

/// <summary>
/// Stores baskets in the Dapr state store configured by the "StateStoreName" setting
/// (dapr/components/statestore.yaml).
/// </summary>
public class DaprBasketRepository : IBasketRepository
{
    private readonly string _stateStoreName;
    private readonly DaprClient _daprClient;
    private readonly ILogger<DaprBasketRepository> _logger;

    public DaprBasketRepository(DaprClient daprClient, IConfiguration configuration, ILogger<DaprBasketRepository> logger)
    {
        _daprClient = daprClient;
        _logger = logger;
        _stateStoreName = configuration["StateStoreName"] ?? "statestore";
    }

    public Task DeleteBasketAsync(string id) =>
        _daprClient.DeleteStateAsync(_stateStoreName, id);

    public Task<CustomerBasket?> GetBasketAsync(string customerId) =>
        _daprClient.GetStateAsync<CustomerBasket?>(_stateStoreName, customerId);

    public async Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket)
    {
        var state = await _daprClient.GetStateEntryAsync<CustomerBasket>(_stateStoreName, basket.BuyerId);
        state.Value = basket;

        await state.SaveAsync();

        _logger.LogInformation("Basket item persisted successfully.");

        return (await GetBasketAsync(basket.BuyerId))!;
    }
}

public interface IBasketRepository
{
    Task<CustomerBasket?> GetBasketAsync(string customerId);
    Task<CustomerBasket> UpdateBasketAsync(CustomerBasket basket);
    Task DeleteBasketAsync(string id);
}
