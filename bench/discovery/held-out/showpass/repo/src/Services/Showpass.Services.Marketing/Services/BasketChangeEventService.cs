using System.Net.Http.Json;
using Showpass.Services.Marketing.DbContexts;

namespace Showpass.Services.Marketing.Services;

public interface IBasketChangeEventService
{
    Task<List<BasketChangeEvent>> GetBasketChangeEvents(DateTime startDate, int max);
}

public class BasketChangeEventService : IBasketChangeEventService
{
    private readonly HttpClient _client;

    public BasketChangeEventService(HttpClient client) => _client = client;

    public async Task<List<BasketChangeEvent>> GetBasketChangeEvents(DateTime startDate, int max)
    {
        var from = Uri.EscapeDataString(startDate.ToString("o"));
        return await _client.GetFromJsonAsync<List<BasketChangeEvent>>($"/api/basketevent?fromDate={from}&max={max}")
               ?? new List<BasketChangeEvent>();
    }
}
