using Dapr;
using Microsoft.AspNetCore.Mvc;
using TideMart.Basket.Infrastructure;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;

namespace TideMart.Basket.Subscribers;

[ApiController]
public class OrderPlacedSubscriber : ControllerBase
{
    private readonly ICartRepository _carts;

    public OrderPlacedSubscriber(ICartRepository carts) => _carts = carts;

    /// <summary>Once the order is persisted, the cart is emptied.</summary>
    [Topic(DaprDefaults.PubSubName, DaprDefaults.Topics.OrderPlaced)]
    [HttpPost("events/order-placed")]
    public async Task<IActionResult> OnOrderPlaced(OrderPlaced evt, CancellationToken ct)
    {
        await _carts.DeleteAsync(evt.UserId, ct);
        return Ok();
    }
}
