using Larkspur.Web.Shopping.HttpAggregator.Models;

namespace Larkspur.Web.Shopping.HttpAggregator.Services;

public interface ICatalogService
{
    Task<IEnumerable<CatalogItem>> GetCatalogItemsAsync(IEnumerable<int> ids);
}

public class CatalogService : ICatalogService
{
    private readonly HttpClient _httpClient;

    // The HttpClient is created with DaprClient.CreateInvokeHttpClient, so its base
    // address is http://catalog-api and requests go through the local Dapr sidecar.
    public CatalogService(HttpClient httpClient) => _httpClient = httpClient;

    public async Task<IEnumerable<CatalogItem>> GetCatalogItemsAsync(IEnumerable<int> ids)
    {
        var requestUri = $"api/v1/catalog/items/by_ids?ids={string.Join(",", ids)}";
        return await _httpClient.GetFromJsonAsync<CatalogItem[]>(requestUri) ?? Array.Empty<CatalogItem>();
    }
}
