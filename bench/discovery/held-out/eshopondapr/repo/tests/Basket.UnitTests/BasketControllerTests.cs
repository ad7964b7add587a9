using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Basket.API.Controllers;
using Larkspur.Services.Basket.API.Infrastructure.Repositories;
using Larkspur.Services.Basket.API.Model;
using Larkspur.Services.Basket.API.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Xunit;

namespace Basket.UnitTests;

public class BasketControllerTests
{
    private readonly Mock<IBasketRepository> _repository = new();
    private readonly Mock<IIdentityService> _identity = new();
    private readonly Mock<IEventBus> _eventBus = new();

    [Fact]
    public async Task Get_customer_basket_success()
    {
        _identity.Setup(x => x.GetUserIdentity()).Returns("alice");
        _repository.Setup(x => x.GetBasketAsync("alice")).ReturnsAsync(new CustomerBasket("alice"));

        var controller = CreateController();
        var result = await controller.GetBasketAsync();

        var ok = Assert.IsType<OkObjectResult>(result.Result);
        Assert.Equal("alice", ((CustomerBasket)ok.Value!).BuyerId);
    }

    [Fact]
    public async Task Checkout_publishes_integration_event()
    {
        _identity.Setup(x => x.GetUserIdentity()).Returns("alice");
        _identity.Setup(x => x.GetUserName()).Returns("Alice");
        _repository.Setup(x => x.GetBasketAsync("alice")).ReturnsAsync(new CustomerBasket("alice"));

        var controller = CreateController();
        var checkout = new BasketCheckout("1 Pine Rd", "Bend", "OR", "US", "97701", "4111111111111111",
            "Alice", DateTime.UtcNow.AddYears(1), "123", 1, "alice", Guid.NewGuid());

        var result = await controller.CheckoutAsync(checkout, Guid.NewGuid().ToString());

        Assert.IsType<AcceptedResult>(result);
        _eventBus.Verify(x => x.PublishAsync(It.IsAny<IntegrationEvent>()), Times.Once);
    }

    private BasketController CreateController() =>
        new(_repository.Object, _identity.Object, _eventBus.Object, NullLogger<BasketController>.Instance);
}
