using Dapr.Client;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;

namespace TideMart.Basket.Clients;

public interface IProductCatalogClient
{
    Task<ProductDto?> GetProductAsync(Guid productId, CancellationToken ct);
}

public class DaprProductCatalogClient : IProductCatalogClient
{
    private readonly DaprClient _dapr;

    public DaprProductCatalogClient(DaprClient dapr) => _dapr = dapr;

    public async Task<ProductDto?> GetProductAsync(Guid productId, CancellationToken ct)
    {
        try
        {
            return await _dapr.InvokeMethodAsync<ProductDto>(
                HttpMethod.Get, DaprDefaults.AppIds.Catalog, $"api/products/{productId}", ct);
        }
        catch (InvocationException ex) when (ex.Response?.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
