using System.Security.Claims;
using Dapr.Client;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using TideMart.Basket.Clients;
using TideMart.Basket.Features;
using TideMart.Basket.Infrastructure;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;
using Xunit;

namespace TideMart.Basket.Tests;

public class CartsControllerTests
{
    private readonly Guid _userId = Guid.NewGuid();
    private readonly Mock<ICartRepository> _carts = new();
    private readonly Mock<IProductCatalogClient> _catalog = new();
    private readonly Mock<DaprClient> _dapr = new();

    private CartsController CreateSut()
    {
        var sut = new CartsController(_carts.Object, _catalog.Object, _dapr.Object);
        sut.ControllerContext = new ControllerContext
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim("sub", _userId.ToString()) }, "test")),
            },
        };
        return sut;
    }

    [Fact]
    public async Task AddItem_prices_from_catalog()
    {
        var productId = Guid.NewGuid();
        _catalog.Setup(c => c.GetProductAsync(productId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ProductDto(productId, "Dry Bag", "", 39.5m, ""));

        var result = await CreateSut().AddItem(new AddItemRequest(productId, 2), CancellationToken.None);

        var cart = (result as OkObjectResult)!.Value as Cart;
        cart!.Total.Should().Be(79m);
        _carts.Verify(r => r.SaveAsync(It.IsAny<Cart>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Checkout_publishes_cart_checked_out()
    {
        _carts.Setup(r => r.GetAsync(_userId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Cart { UserId = _userId, Items = { new CartItem { ProductId = Guid.NewGuid(), ProductName = "x", Price = 1, Quantity = 1 } } });

        var result = await CreateSut().Checkout(CancellationToken.None);

        result.Should().BeOfType<AcceptedResult>();
        _dapr.Verify(d => d.PublishEventAsync(DaprDefaults.PubSubName, DaprDefaults.Topics.CartCheckedOut,
            It.IsAny<CartCheckedOut>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
