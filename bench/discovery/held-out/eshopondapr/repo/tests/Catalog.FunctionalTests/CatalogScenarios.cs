using System.Net;
using Larkspur.Services.Catalog.API.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Catalog.FunctionalTests;

public class CatalogApiFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _connection.Open();
        builder.ConfigureServices(services =>
        {
            var descriptor = services.Single(d => d.ServiceType == typeof(DbContextOptions<CatalogDbContext>));
            services.Remove(descriptor);
            services.AddDbContext<CatalogDbContext>(options => options.UseSqlite(_connection));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _connection.Dispose();
    }
}

public class CatalogScenarios : IClassFixture<CatalogApiFactory>
{
    private readonly HttpClient _client;

    public CatalogScenarios(CatalogApiFactory factory)
    {
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://localhost:5101")
        });
    }

    [Fact]
    public async Task Get_catalog_items_response_ok_status_code()
    {
        var response = await _client.GetAsync("api/v1/catalog/items");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_catalog_items_by_ids_response_ok_status_code()
    {
        var response = await _client.GetAsync("api/v1/catalog/items/by_ids?ids=1,2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
