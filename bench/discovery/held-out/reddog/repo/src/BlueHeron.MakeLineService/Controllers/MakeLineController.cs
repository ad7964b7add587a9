using BlueHeron.MakeLineService.Services;
using BlueHeron.Models;
using Dapr;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;

namespace BlueHeron.MakeLineService.Controllers;

[ApiController]
public class MakeLineController : ControllerBase
{
    private const string PubSubName = "heron.pubsub";
    private const string OrderCompletedTopic = "ordercompleted";

    private readonly MakeLineStore _store;
    private readonly DaprClient _dapr;
    private readonly ILogger<MakeLineController> _logger;

    public MakeLineController(MakeLineStore store, DaprClient dapr, ILogger<MakeLineController> logger)
    {
        _store = store;
        _dapr = dapr;
        _logger = logger;
    }

    // Dapr delivers every new order here (subscription declared by the attribute).
    [Topic(PubSubName, "orders")]
    [HttpPost("orders")]
    public async Task<IActionResult> OnOrder(OrderSummary order, CancellationToken ct)
    {
        _logger.LogInformation("Queueing order {OrderId} for store {StoreId}", order.OrderId, order.StoreId);
        await _store.AddOrderAsync(order, ct);
        return Ok();
    }

    [HttpGet("orders/{storeId}")]
    public async Task<ActionResult<IEnumerable<OrderSummary>>> GetOrders(string storeId, CancellationToken ct) =>
        Ok(await _store.GetOrdersAsync(storeId, ct));

    [HttpDelete("orders/{storeId}/{orderId:guid}")]
    public async Task<IActionResult> CompleteOrder(string storeId, Guid orderId, CancellationToken ct)
    {
        var completed = await _store.CompleteOrderAsync(storeId, orderId, ct);
        if (completed is null)
        {
            return NotFound();
        }

        await _dapr.PublishEventAsync(PubSubName, OrderCompletedTopic, completed, ct);
        _logger.LogInformation("Completed order {OrderId} at store {StoreId}", orderId, storeId);
        return Ok(completed);
    }
}
