using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Showpass.Services.ShoppingBasket.Services;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Xunit;

namespace Showpass.Services.ShoppingBasket.Tests;

public class EventCatalogServiceTests : IDisposable
{
    private readonly WireMockServer _fakeEventCatalog = WireMockServer.Start(port: 5991);

    [Fact]
    public async Task GetEvent_ReturnsEventFromCatalog_AndCachesIt()
    {
        var id = Guid.NewGuid();
        _fakeEventCatalog.Given(Request.Create().WithPath($"/api/events/{id}").UsingGet())
            .RespondWith(Response.Create().WithBodyAsJson(new { eventId = id, name = "Test gig", date = DateTime.UtcNow, price = 40 }));

        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var sut = new EventCatalogService(new HttpClient { BaseAddress = new Uri("http://localhost:5991") }, cache);

        var first = await sut.GetEvent(id);
        var second = await sut.GetEvent(id);

        Assert.Equal("Test gig", first!.Name);
        Assert.Equal(first, second);
        Assert.Single(_fakeEventCatalog.LogEntries);
    }

    public void Dispose() => _fakeEventCatalog.Stop();
}
