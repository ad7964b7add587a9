using System.Net.Http.Json;
using Asp.Versioning;
using Asp.Versioning.Http;
using Tidewater.Catalog.API.Model;

namespace Tidewater.Catalog.FunctionalTests;

public sealed class CatalogApiTests : IClassFixture<CatalogApiFixture>
{
    private readonly WebApplicationFactory<Program> _webApplicationFactory;
    private readonly HttpClient _httpClient;

    public CatalogApiTests(CatalogApiFixture fixture)
    {
        var handler = new ApiVersionHandler(new QueryStringApiVersionWriter(), new ApiVersion(1.0));

        _webApplicationFactory = fixture;
        _httpClient = _webApplicationFactory.CreateDefaultClient(handler);
    }

    [Fact]
    public async Task GetCatalogItemsRespectsPageSize()
    {
        // Act
        var response = await _httpClient.GetAsync("/api/catalog/items?pageIndex=0&pageSize=5");

        // Assert
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<PaginatedItems<CatalogItem>>();

        Assert.Equal(5, result!.Data.Count());
        Assert.Equal(0, result.PageIndex);
        Assert.Equal(5, result.PageSize);
    }

    [Fact]
    public async Task UpdateCatalogItemWorksWithoutPriceUpdate()
    {
        var response = await _httpClient.GetAsync("/api/catalog/items/1");
        response.EnsureSuccessStatusCode();
        var itemToUpdate = await response.Content.ReadFromJsonAsync<CatalogItem>();

        itemToUpdate!.AvailableStock -= 1;
        response = await _httpClient.PutAsJsonAsync("/api/catalog/items/1", itemToUpdate);
        response.EnsureSuccessStatusCode();
    }
}
