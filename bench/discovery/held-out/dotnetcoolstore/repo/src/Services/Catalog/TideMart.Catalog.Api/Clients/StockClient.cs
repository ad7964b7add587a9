using Dapr.Client;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;

namespace TideMart.Catalog.Clients;

public interface IStockClient
{
    Task<IReadOnlyList<InventoryDto>> GetAvailabilityAsync(IEnumerable<Guid> productIds, CancellationToken ct);
}

/// <summary>
/// Asks the stock service (app-id "stockapp") for availability through the Dapr sidecar.
/// </summary>
public class DaprStockClient : IStockClient
{
    private readonly DaprClient _dapr;
    private readonly ILogger<DaprStockClient> _logger;

    public DaprStockClient(DaprClient dapr, ILogger<DaprStockClient> logger)
    {
        _dapr = dapr;
        _logger = logger;
    }

    public async Task<IReadOnlyList<InventoryDto>> GetAvailabilityAsync(IEnumerable<Guid> productIds, CancellationToken ct)
    {
        var ids = string.Join(',', productIds);
        try
        {
            var request = _dapr.CreateInvokeMethodRequest(HttpMethod.Get, DaprDefaults.AppIds.Stock, $"api/inventories/by-products?ids={ids}");
            return await _dapr.InvokeMethodAsync<List<InventoryDto>>(request, ct);
        }
        catch (InvocationException ex)
        {
            _logger.LogWarning(ex, "stockapp unavailable, returning catalog without availability");
            return Array.Empty<InventoryDto>();
        }
    }
}
