using System.Security.Claims;
using Dapr.Client;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TideMart.Basket.Clients;
using TideMart.Basket.Infrastructure;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;

namespace TideMart.Basket.Features;

public record AddItemRequest(Guid ProductId, int Quantity);

[ApiController]
[Authorize]
[Route("api/carts")]
public class CartsController : ControllerBase
{
    private readonly ICartRepository _carts;
    private readonly IProductCatalogClient _catalog;
    private readonly DaprClient _dapr;

    public CartsController(ICartRepository carts, IProductCatalogClient catalog, DaprClient dapr)
    {
        _carts = carts;
        _catalog = catalog;
        _dapr = dapr;
    }

    private Guid UserId => Guid.Parse(User.FindFirstValue("sub") ?? throw new UnauthorizedAccessException());

    [HttpGet("me")]
    public async Task<IActionResult> Mine(CancellationToken ct)
        => Ok(await _carts.GetAsync(UserId, ct) ?? new Cart { UserId = UserId });

    [HttpPost("me/items")]
    public async Task<IActionResult> AddItem([FromBody] AddItemRequest req, CancellationToken ct)
    {
        var product = await _catalog.GetProductAsync(req.ProductId, ct);
        if (product is null)
        {
            return BadRequest($"Unknown product {req.ProductId}");
        }

        var cart = await _carts.GetAsync(UserId, ct) ?? new Cart { UserId = UserId };
        var line = cart.Items.FirstOrDefault(i => i.ProductId == req.ProductId);
        if (line is null)
        {
            cart.Items.Add(new CartItem { ProductId = product.Id, ProductName = product.Name, Price = product.Price, Quantity = req.Quantity });
        }
        else
        {
            line.Quantity += req.Quantity;
            line.Price = product.Price;
        }

        await _carts.SaveAsync(cart, ct);
        return Ok(cart);
    }

    [HttpDelete("me/items/{productId:guid}")]
    public async Task<IActionResult> RemoveItem(Guid productId, CancellationToken ct)
    {
        var cart = await _carts.GetAsync(UserId, ct);
        if (cart is null) return NotFound();
        cart.Items.RemoveAll(i => i.ProductId == productId);
        await _carts.SaveAsync(cart, ct);
        return Ok(cart);
    }

    [HttpPut("me/checkout")]
    public async Task<IActionResult> Checkout(CancellationToken ct)
    {
        var cart = await _carts.GetAsync(UserId, ct);
        if (cart is null || cart.Items.Count == 0)
        {
            return BadRequest("Cart is empty");
        }

        var evt = new CartCheckedOut(
            cart.Id, cart.UserId,
            cart.Items.Select(i => new CartLine(i.ProductId, i.ProductName, i.Price, i.Quantity)).ToList(),
            cart.Total, DateTime.UtcNow);

        await _dapr.PublishEventAsync(DaprDefaults.PubSubName, DaprDefaults.Topics.CartCheckedOut, evt, ct);
        return Accepted(new { cart.Id });
    }
}
