using Dapr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TideMart.Shared.Contracts;
using TideMart.Shared.Dapr;
using TideMart.Stock.Data;

namespace TideMart.Stock.Subscribers;

[ApiController]
public class OrderPlacedSubscriber : ControllerBase
{
    private readonly StockDbContext _db;
    private readonly ILogger<OrderPlacedSubscriber> _logger;

    public OrderPlacedSubscriber(StockDbContext db, ILogger<OrderPlacedSubscriber> logger)
    {
        _db = db;
        _logger = logger;
    }

    [Topic(DaprDefaults.PubSubName, DaprDefaults.Topics.OrderPlaced)]
    [HttpPost("events/order-placed")]
    public async Task<IActionResult> Handle(OrderPlaced evt, CancellationToken ct)
    {
        var key = $"order-placed:{evt.OrderId}";
        if (await _db.ProcessedMessages.AnyAsync(m => m.Id == key, ct))
        {
            return Ok();
        }

        foreach (var line in evt.Lines)
        {
            var row = await _db.Inventories
                .Where(i => i.ProductId == line.ProductId && i.Available - i.Reserved >= line.Quantity)
                .OrderByDescending(i => i.Available)
                .FirstOrDefaultAsync(ct);

            if (row is null)
            {
                _logger.LogWarning("No stock for {ProductId} on order {OrderId}", line.ProductId, evt.OrderId);
                continue;
            }

            row.Reserved += line.Quantity;
            row.UpdatedAt = DateTime.UtcNow;
        }

        _db.ProcessedMessages.Add(new ProcessedMessage { Id = key });
        await _db.SaveChangesAsync(ct);
        return Ok();
    }
}
