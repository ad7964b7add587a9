using System.Security.Claims;
using Grpc.Core;
using Grpc.Core.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Tidewater.Basket.API.Grpc;
using Tidewater.Basket.API.Model;
using Tidewater.Basket.API.Repositories;

namespace Tidewater.Basket.UnitTests;

public class BasketServiceTests
{
    [Fact]
    public async Task GetBasketReturnsEmptyForNoUser()
    {
        var mockRepository = Substitute.For<IBasketRepository>();
        var service = new BasketService(mockRepository, NullLogger<BasketService>.Instance);
        var serverCallContext = TestServerCallContext.Create();
        serverCallContext.SetUserState("__HttpContext", new DefaultHttpContext());

        var response = await service.GetBasket(new GetBasketRequest(), serverCallContext);

        Assert.IsType<CustomerBasketResponse>(response);
        Assert.Empty(response.Items);
    }

    [Fact]
    public async Task GetBasketReturnsItemsForValidUserId()
    {
        var mockRepository = Substitute.For<IBasketRepository>();
        List<Tidewater.Basket.API.Model.BasketItem> items = [new() { Id = "some-id" }];
        mockRepository.GetBasketAsync("1").Returns(Task.FromResult<CustomerBasket?>(new CustomerBasket { BuyerId = "1", Items = items }));
        var service = new BasketService(mockRepository, NullLogger<BasketService>.Instance);
        var serverCallContext = TestServerCallContext.Create();
        var httpContext = new DefaultHttpContext();
        httpContext.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "1")]));
        serverCallContext.SetUserState("__HttpContext", httpContext);

        var response = await service.GetBasket(new GetBasketRequest(), serverCallContext);

        Assert.Single(response.Items);
    }
}
