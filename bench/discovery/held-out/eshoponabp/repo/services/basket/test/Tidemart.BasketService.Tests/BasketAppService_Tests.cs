using System;
using System.Threading.Tasks;
using Grpc.Core;
using NSubstitute;
using Shouldly;
using StackExchange.Redis;
using Tidemart.CatalogService.Grpc;
using Xunit;

namespace Tidemart.BasketService.Tests;

public class Basket_Tests
{
    [Fact]
    public void AddProduct_Should_Increase_Count_For_Existing_Item()
    {
        var productId = Guid.NewGuid();
        var basket = new Basket(Guid.NewGuid());

        basket.AddProduct(productId);
        basket.AddProduct(productId, 2);

        basket.Items.Count.ShouldBe(1);
        basket.Items[0].Count.ShouldBe(3);
    }

    [Fact]
    public void RemoveProduct_Without_Count_Should_Remove_Item()
    {
        var productId = Guid.NewGuid();
        var basket = new Basket(Guid.NewGuid());
        basket.AddProduct(productId, 5);

        basket.RemoveProduct(productId);

        basket.Items.ShouldBeEmpty();
    }
}

public class GrpcProductInfoProvider_Tests
{
    [Fact]
    public async Task Should_Map_Grpc_Response()
    {
        var productId = Guid.NewGuid();
        var client = Substitute.For<ProductPublic.ProductPublicClient>();
        client.GetByIdAsync(Arg.Any<ProductRequest>(), Arg.Any<Metadata>(), Arg.Any<DateTime?>(), Arg.Any<System.Threading.CancellationToken>())
            .Returns(TestCalls.AsyncUnaryCall(new ProductResponse
            {
                Id = productId.ToString(),
                Name = "Tidemart Mug",
                Code = "MUG-01",
                Price = 9.5,
                StockCount = 12
            }));

        var provider = new GrpcProductInfoProvider(client);
        var product = await provider.GetAsync(productId);

        product.Id.ShouldBe(productId);
        product.Price.ShouldBe(9.5f);
        product.StockCount.ShouldBe(12);
    }
}

public static class TestCalls
{
    public static AsyncUnaryCall<T> AsyncUnaryCall<T>(T response)
    {
        return new AsyncUnaryCall<T>(
            Task.FromResult(response),
            Task.FromResult(new Metadata()),
            () => Status.DefaultSuccess,
            () => new Metadata(),
            () => { });
    }
}

/// <summary>
/// Needs a local Redis (docker compose -f etc/docker-compose/docker-compose.infrastructure.yml up redis).
/// </summary>
public class RedisBasketStore_IntegrationTests
{
    private const string LocalRedis = "localhost:6379,abortConnect=false";

    [Fact(Skip = "Requires a running Redis instance")]
    public async Task Can_Round_Trip_A_Basket_Key()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(LocalRedis);
        var db = redis.GetDatabase();
        var key = "Tidemart:Basket:test-" + Guid.NewGuid();

        await db.StringSetAsync(key, "{}", TimeSpan.FromMinutes(1));

        (await db.StringGetAsync(key)).HasValue.ShouldBeTrue();
    }
}
