using System.Net.Http.Json;
using Showpass.Web.Models;

namespace Showpass.Web.Services;

public interface IEventCatalogService
{
    Task<IEnumerable<Event>> GetAll();
    Task<IEnumerable<Event>> GetByCategoryId(Guid categoryId);
    Task<Event> GetEvent(Guid id);
    Task<IEnumerable<Category>> GetCategories();
}

public class EventCatalogService : IEventCatalogService
{
    private readonly HttpClient _client;

    public EventCatalogService(HttpClient client) => _client = client;

    public async Task<IEnumerable<Event>> GetAll() =>
        await (await _client.GetAsync("/eventcatalog/api/events")).ReadContentAs<List<Event>>();

    public async Task<IEnumerable<Event>> GetByCategoryId(Guid categoryId) =>
        await (await _client.GetAsync($"/eventcatalog/api/events?categoryId={categoryId}")).ReadContentAs<List<Event>>();

    public async Task<Event> GetEvent(Guid id) =>
        await (await _client.GetAsync($"/eventcatalog/api/events/{id}")).ReadContentAs<Event>();

    public async Task<IEnumerable<Category>> GetCategories() =>
        await (await _client.GetAsync("/eventcatalog/api/categories")).ReadContentAs<List<Category>>();
}

public static class HttpClientExtensions
{
    public static async Task<T> ReadContentAs<T>(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ApplicationException($"Something went wrong calling the API: {response.ReasonPhrase}");
        }

        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
