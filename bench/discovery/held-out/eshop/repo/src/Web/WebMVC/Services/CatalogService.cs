using System.Net.Http.Json;
using Northwind.WebMVC.ViewModels;

namespace Northwind.WebMVC.Services;

public interface ICatalogService
{
    Task<Catalog> GetCatalogItems(int page, int take);
    Task<CatalogItem> GetCatalogItem(int id);
}

public class CatalogService : ICatalogService
{
    private readonly HttpClient _httpClient;
    private readonly ILogger<CatalogService> _logger;

    public CatalogService(HttpClient httpClient, ILogger<CatalogService> logger)
    {
        _httpClient = httpClient;
        _logger = logger;
    }

    public async Task<Catalog> GetCatalogItems(int page, int take)
    {
        var uri = $"api/v1/catalog/items?pageIndex={page}&pageSize={take}";
        return await _httpClient.GetFromJsonAsync<Catalog>(uri);
    }

    public async Task<CatalogItem> GetCatalogItem(int id)
    {
        return await _httpClient.GetFromJsonAsync<CatalogItem>($"api/v1/catalog/items/{id}");
    }
}
