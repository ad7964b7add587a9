using System;
using System.Threading.Tasks;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Stardust;
using Xunit;
using static Stardust.CartService;

namespace cart.tests;

// Needs a local Valkey: docker run -p 6379:6379 valkey/valkey:8.0-alpine
public class CartServiceTests
{
    private readonly IHostBuilder _host;

    public CartServiceTests()
    {
        Environment.SetEnvironmentVariable("VALKEY_ADDR", "localhost:6379");
        Environment.SetEnvironmentVariable("FLAGD_HOST", "localhost");
    }

    [Fact(Skip = "See https://github.com/stardust-supply/shop/issues/41")]
    public async Task AddItem_ItemExists_Updated()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var channel = GrpcChannel.ForAddress("http://localhost:7070", new GrpcChannelOptions
        {
            HttpClient = factory.CreateClient(),
        });
        var client = new CartServiceClient(channel);

        var userId = Guid.NewGuid().ToString();
        var request = new AddItemRequest
        {
            UserId = userId,
            Item = new CartItem { ProductId = "1", Quantity = 1 },
        };

        await client.AddItemAsync(request);
        await client.AddItemAsync(request);

        var cart = await client.GetCartAsync(new GetCartRequest { UserId = userId });
        Assert.Equal(2, cart.Items[0].Quantity);
    }
}
