using Dapr.Actors;
using Dapr.Actors.Client;
using Larkspur.Services.Ordering.API.Actors;
using Larkspur.Services.Ordering.API.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Services.Ordering.API.Controllers;

[Route("api/v1/[controller]")]
[Authorize(Policy = "ApiScope")]
[ApiController]
public class OrderController : ControllerBase
{
    private readonly IOrderRepository _orderRepository;

    public OrderController(IOrderRepository orderRepository) => _orderRepository = orderRepository;

    [HttpGet("{orderId:Guid}")]
    public async Task<ActionResult<Order>> GetOrderAsync(Guid orderId)
    {
        var order = await _orderRepository.GetOrderByIdAsync(orderId);
        return order is null ? NotFound() : order;
    }

    [HttpGet]
    public async Task<IEnumerable<OrderSummary>> GetOrdersAsync()
    {
        var buyerId = User.FindFirst("sub")!.Value;
        return await _orderRepository.GetOrdersFromBuyerAsync(buyerId);
    }

    [HttpPut("cancel")]
    public async Task<IActionResult> CancelOrderAsync([FromHeader(Name = "x-requestid")] Guid orderId)
    {
        var actor = ActorProxy.Create<IOrderingProcessActor>(new ActorId(orderId.ToString()), nameof(OrderingProcessActor));
        return await actor.CancelAsync() ? Ok() : BadRequest();
    }
}
