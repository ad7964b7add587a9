using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TideMart.Ordering.Data;

namespace TideMart.Ordering.Features;

[ApiController]
[Authorize]
[Route("api/orders")]
public class OrdersController : ControllerBase
{
    private readonly OrderingDbContext _db;

    public OrdersController(OrderingDbContext db) => _db = db;

    [HttpGet("me")]
    public async Task<IActionResult> Mine(CancellationToken ct)
    {
        var userId = Guid.Parse(User.FindFirstValue("sub")!);
        var orders = await _db.Orders.AsNoTracking().Include(o => o.Lines)
            .Where(o => o.UserId == userId)
            .OrderByDescending(o => o.CreatedAt)
            .ToListAsync(ct);
        return Ok(orders);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Get(Guid id, CancellationToken ct)
    {
        var order = await _db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct);
        return order is null ? NotFound() : Ok(order);
    }

    [HttpPut("{id:guid}/cancel")]
    [Authorize(Roles = "admin")]
    public async Task<IActionResult> Cancel(Guid id, CancellationToken ct)
    {
        var order = await _db.Orders.FindAsync(new object[] { id }, ct);
        if (order is null) return NotFound();
        order.Status = OrderStatus.Cancelled;
        await _db.SaveChangesAsync(ct);
        return NoContent();
    }
}
