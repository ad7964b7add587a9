using System.Net.Http.Json;

namespace Larkspur.Web.BlazorClient.Services;

public record BasketLine(int ProductId, int Quantity);

public class BasketService
{
    private readonly HttpClient _httpClient;

    public BasketService(IHttpClientFactory factory) => _httpClient = factory.CreateClient("ApiGateway");

    public Task UpdateAsync(IEnumerable<BasketLine> lines) =>
        _httpClient.PostAsJsonAsync("a/api/v1/basket", new { Items = lines });

    public Task CheckoutAsync(object checkout, Guid requestId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "b/api/v1/basket/checkout")
        {
            Content = JsonContent.Create(checkout)
        };
        request.Headers.Add("X-Request-Id", requestId.ToString());
        return _httpClient.SendAsync(request);
    }
}
