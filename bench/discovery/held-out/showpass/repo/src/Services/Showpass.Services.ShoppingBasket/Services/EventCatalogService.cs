using System.Net.Http.Json;
using Microsoft.Extensions.Caching.Distributed;
using System.Text.Json;

namespace Showpass.Services.ShoppingBasket.Services;

public record EventDto(Guid EventId, string Name, DateTime Date, int Price);

public interface IEventCatalogService
{
    Task<EventDto?> GetEvent(Guid id);
}

public class EventCatalogService : IEventCatalogService
{
    private readonly HttpClient _client;
    private readonly IDistributedCache _cache;

    public EventCatalogService(HttpClient client, IDistributedCache cache)
    {
        _client = client;
        _cache = cache;
    }

    public async Task<EventDto?> GetEvent(Guid id)
    {
        var key = $"event:{id}";
        var cached = await _cache.GetStringAsync(key);
        if (cached is not null)
        {
            return JsonSerializer.Deserialize<EventDto>(cached);
        }

        var evt = await _client.GetFromJsonAsync<EventDto>($"/api/events/{id}");
        if (evt is not null)
        {
            await _cache.SetStringAsync(key, JsonSerializer.Serialize(evt),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5) });
        }
        return evt;
    }
}
