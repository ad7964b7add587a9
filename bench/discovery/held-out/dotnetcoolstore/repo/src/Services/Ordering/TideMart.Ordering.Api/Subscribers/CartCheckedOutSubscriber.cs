using Dapr;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TideMart.Ordering.Data;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;

namespace TideMart.Ordering.Subscribers;

[ApiController]
public class CartCheckedOutSubscriber : ControllerBase
{
    private readonly OrderingDbContext _db;
    private readonly DaprClient _dapr;
    private readonly ILogger<CartCheckedOutSubscriber> _logger;

    public CartCheckedOutSubscriber(OrderingDbContext db, DaprClient dapr, ILogger<CartCheckedOutSubscriber> logger)
    {
        _db = db;
        _dapr = dapr;
        _logger = logger;
    }

    [Topic(DaprDefaults.PubSubName, DaprDefaults.Topics.CartCheckedOut)]
    [HttpPost("events/cart-checked-out")]
    public async Task<IActionResult> Handle(CartCheckedOut evt, CancellationToken ct)
    {
        if (await _db.Orders.AnyAsync(o => o.CartId == evt.CartId, ct))
        {
            _logger.LogInformation("Cart {CartId} already converted, skipping", evt.CartId);
            return Ok();
        }

        var order = new Order
        {
            CartId = evt.CartId,
            UserId = evt.UserId,
            Total = evt.Total,
            Lines = evt.Lines.Select(l => new OrderLine
            {
                ProductId = l.ProductId, ProductName = l.ProductName, Price = l.Price, Quantity = l.Quantity,
            }).ToList(),
        };

        _db.Orders.Add(order);
        await _db.SaveChangesAsync(ct);

        await _dapr.PublishEventAsync(DaprDefaults.PubSubName, DaprDefaults.Topics.OrderPlaced,
            new OrderPlaced(order.Id, order.CartId, order.UserId, evt.Lines, order.CreatedAt), ct);

        // Email confirmation used to go out through an SMTP output binding. Disabled until we
        // have a transactional mail provider again.
        // await _dapr.InvokeBindingAsync("sendmail", "create",
        //     $"Thanks for your order {order.Id}",
        //     new Dictionary<string, string> { ["emailTo"] = "customer@example.com", ["subject"] = "TideMart order" }, ct);

        return Ok();
    }
}
