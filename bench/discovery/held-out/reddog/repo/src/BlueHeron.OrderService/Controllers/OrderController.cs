using BlueHeron.Models;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;

namespace BlueHeron.OrderService.Controllers;

[ApiController]
[Route("[controller]")]
public class OrderController : ControllerBase
{
    private const string PubSubName = "heron.pubsub";
    private const string OrderTopic = "orders";

    private readonly DaprClient _dapr;
    private readonly ProductCatalog _catalog;
    private readonly ILogger<OrderController> _logger;

    public OrderController(DaprClient dapr, ProductCatalog catalog, ILogger<OrderController> logger)
    {
        _dapr = dapr;
        _catalog = catalog;
        _logger = logger;
    }

    [HttpPost]
    public async Task<ActionResult<OrderSummary>> NewOrder(CustomerOrder order, CancellationToken ct)
    {
        if (order.OrderItems.Count == 0)
        {
            return BadRequest("An order needs at least one item.");
        }

        var summary = new OrderSummary
        {
            OrderId = Guid.NewGuid(),
            OrderDate = DateTime.UtcNow,
            StoreId = order.StoreId,
            FirstName = order.FirstName,
            LastName = order.LastName,
            LoyaltyId = order.LoyaltyId
        };

        foreach (var item in order.OrderItems)
        {
            if (!_catalog.TryGet(item.ProductId, out var product))
            {
                return BadRequest($"Unknown product {item.ProductId}.");
            }
            if (item.Quantity <= 0)
            {
                return BadRequest($"Quantity for product {item.ProductId} must be positive.");
            }

            summary.OrderItems.Add(new OrderItemSummary
            {
                ProductId = product.ProductId,
                ProductName = product.ProductName,
                Quantity = item.Quantity,
                UnitCost = product.UnitCost,
                UnitPrice = product.UnitPrice,
                ImageUrl = product.ImageUrl
            });
        }

        summary.OrderTotal = summary.OrderItems.Sum(i => i.UnitPrice * i.Quantity);

        _logger.LogInformation("Publishing order {OrderId} for store {StoreId} ({Total:C})",
            summary.OrderId, summary.StoreId, summary.OrderTotal);

        await _dapr.PublishEventAsync(PubSubName, OrderTopic, summary, ct);

        // Loyalty used to be updated synchronously; it now subscribes to "orders".
        // await _dapr.InvokeMethodAsync(HttpMethod.Post, "loyalty-service", "loyalty/orders", summary, ct);

        return Ok(summary);
    }
}
