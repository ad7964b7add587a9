using System.Net.Http.Json;
using FluentAssertions;
using TideMart.Catalog.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TideMart.Catalog.Clients;
using TideMart.Shared.Contracts;
using Testcontainers.PostgreSql;
using Xunit;

namespace TideMart.Catalog.IntegrationTests;

public class CatalogApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly PostgreSqlContainer _pg = new PostgreSqlBuilder()
        .WithImage("postgres:15-alpine")
        .WithDatabase("catalog_test")
        .Build();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:catalogdb", _pg.GetConnectionString());
        builder.UseSetting("Auth:Authority", "http://localhost:5999");
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<IStockClient, FakeStockClient>();
        });
    }

    public Task InitializeAsync() => _pg.StartAsync();

    public new Task DisposeAsync() => _pg.DisposeAsync().AsTask();

    private class FakeStockClient : IStockClient
    {
        public Task<IReadOnlyList<InventoryDto>> GetAvailabilityAsync(IEnumerable<Guid> productIds, CancellationToken ct)
            => Task.FromResult<IReadOnlyList<InventoryDto>>(productIds.Select(id => new InventoryDto(id, Guid.Empty, "TEST", 5)).ToList());
    }
}

public class ProductsApiTests : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client;

    public ProductsApiTests(CatalogApiFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Search_returns_ok_on_empty_catalog()
    {
        var result = await _client.GetFromJsonAsync<SearchProductsResult>("/api/products?q=tent");
        result!.Total.Should().Be(0);
    }

    [Fact]
    public async Task Unknown_product_is_404()
    {
        var resp = await _client.GetAsync($"/api/products/{Guid.NewGuid()}");
        resp.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }
}
