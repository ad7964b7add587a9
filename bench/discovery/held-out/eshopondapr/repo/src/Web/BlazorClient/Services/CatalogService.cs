using System.Net.Http.Json;

namespace Larkspur.Web.BlazorClient.Services;

public record CatalogItemDto(int Id, string Name, decimal Price, string PictureUri, int AvailableStock);

public class CatalogService
{
    private readonly HttpClient _httpClient;

    public CatalogService(IHttpClientFactory factory) => _httpClient = factory.CreateClient("ApiGateway");

    public async Task<CatalogItemDto[]> GetItemsAsync(int pageIndex, int pageSize) =>
        await _httpClient.GetFromJsonAsync<CatalogItemDto[]>($"c/api/v1/catalog/items?pageIndex={pageIndex}&pageSize={pageSize}")
        ?? Array.Empty<CatalogItemDto>();
}
