using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Northwind.Services.Ordering.API.Application.IntegrationEvents;
using Northwind.Services.Ordering.API.Application.IntegrationEvents.Events;
using Northwind.Services.Ordering.API.Infrastructure;

namespace Northwind.Services.Ordering.API.Controllers;

[Route("api/v1/[controller]")]
[Authorize]
[ApiController]
public class OrdersController : ControllerBase
{
    private readonly OrderingContext _context;
    private readonly IOrderingIntegrationEventService _events;

    public OrdersController(OrderingContext context, IOrderingIntegrationEventService events)
    {
        _context = context;
        _events = events;
    }

    [HttpGet]
    public async Task<ActionResult<IEnumerable<Order>>> GetOrdersAsync()
    {
        var userId = User.FindFirst("sub")?.Value;
        return await _context.Orders.Where(o => o.BuyerId == userId).OrderByDescending(o => o.OrderDate).ToListAsync();
    }

    [HttpGet("{orderId:int}")]
    public async Task<ActionResult<Order>> GetOrderAsync(int orderId)
    {
        var order = await _context.Orders.Include(o => o.OrderItems).SingleOrDefaultAsync(o => o.Id == orderId);
        return order == null ? NotFound() : order;
    }

    [Route("cancel")]
    [HttpPut]
    public async Task<IActionResult> CancelOrderAsync([FromBody] int orderId)
    {
        var order = await _context.Orders.SingleOrDefaultAsync(o => o.Id == orderId);
        if (order == null) return NotFound();
        order.Status = "cancelled";
        await _context.SaveChangesAsync();
        await _events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToCancelledIntegrationEvent(order.Id, order.Status, order.BuyerName)
        });
        return Ok();
    }
}
