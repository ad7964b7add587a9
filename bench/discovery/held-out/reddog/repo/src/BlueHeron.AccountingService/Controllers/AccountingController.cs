using BlueHeron.AccountingModel;
using BlueHeron.Models;
using Dapr;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BlueHeron.AccountingService.Controllers;

public record OrderMetric(string StoreId, DateTime Hour, int OrderCount, decimal TotalPrice, decimal TotalCost, int ItemCount);

public record StoreSummary(string StoreId, int OrdersToday, int CompletedToday, double AvgFulfillmentSeconds, decimal RevenueToday);

[ApiController]
public class AccountingController : ControllerBase
{
    private readonly AccountingContext _db;
    private readonly ILogger<AccountingController> _logger;

    public AccountingController(AccountingContext db, ILogger<AccountingController> logger)
    {
        _db = db;
        _logger = logger;
    }

    [Topic("heron.pubsub", "orders")]
    [HttpPost("orders")]
    public async Task<IActionResult> OnOrder(OrderSummary summary, CancellationToken ct)
    {
        if (await _db.Orders.AnyAsync(o => o.OrderId == summary.OrderId, ct))
        {
            return Ok(); // duplicate delivery
        }

        Customer? customer = null;
        if (!string.IsNullOrEmpty(summary.LoyaltyId))
        {
            customer = await _db.Customers.FindAsync(new object[] { summary.LoyaltyId }, ct);
            if (customer is null)
            {
                customer = new Customer { LoyaltyId = summary.LoyaltyId, FirstName = summary.FirstName, LastName = summary.LastName };
                _db.Customers.Add(customer);
            }
        }

        _db.Orders.Add(new Order
        {
            OrderId = summary.OrderId,
            StoreId = summary.StoreId,
            PlacedDate = summary.OrderDate,
            Customer = customer,
            OrderTotal = summary.OrderTotal,
            OrderItems = summary.OrderItems.Select(i => new OrderItem
            {
                ProductId = i.ProductId,
                ProductName = i.ProductName,
                Quantity = i.Quantity,
                UnitCost = i.UnitCost,
                UnitPrice = i.UnitPrice
            }).ToList()
        });

        await _db.SaveChangesAsync(ct);
        return Ok();
    }

    [Topic("heron.pubsub", "ordercompleted")]
    [HttpPost("ordercompleted")]
    public async Task<IActionResult> OnOrderCompleted(OrderSummary summary, CancellationToken ct)
    {
        var order = await _db.Orders.FindAsync(new object[] { summary.OrderId }, ct);
        if (order is null)
        {
            // "orders" may not have been processed yet - ask Dapr to retry later
            _logger.LogWarning("Completed order {OrderId} not found yet", summary.OrderId);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        order.CompletedDate = summary.OrderCompletedDate ?? DateTime.UtcNow;
        await _db.SaveChangesAsync(ct);
        return Ok();
    }

    [HttpGet("OrderMetrics")]
    public async Task<IEnumerable<OrderMetric>> GetOrderMetrics([FromQuery] string? storeId, CancellationToken ct)
    {
        var since = DateTime.UtcNow.AddHours(-24);
        var query = _db.Orders.Where(o => o.PlacedDate >= since);
        if (!string.IsNullOrEmpty(storeId)) query = query.Where(o => o.StoreId == storeId);

        var rows = await query
            .Select(o => new
            {
                o.StoreId,
                Hour = new DateTime(o.PlacedDate.Year, o.PlacedDate.Month, o.PlacedDate.Day, o.PlacedDate.Hour, 0, 0),
                o.OrderTotal,
                Cost = o.OrderItems.Sum(i => i.UnitCost * i.Quantity),
                Items = o.OrderItems.Sum(i => i.Quantity)
            })
            .ToListAsync(ct);

        return rows
            .GroupBy(r => new { r.StoreId, r.Hour })
            .OrderBy(g => g.Key.Hour)
            .Select(g => new OrderMetric(g.Key.StoreId, g.Key.Hour, g.Count(), g.Sum(r => r.OrderTotal), g.Sum(r => r.Cost), g.Sum(r => r.Items)));
    }

    [HttpGet("Stores")]
    public async Task<IEnumerable<string>> GetStores(CancellationToken ct) =>
        await _db.Orders.Select(o => o.StoreId).Distinct().OrderBy(s => s).ToListAsync(ct);

    [HttpGet("StoreSummary/{storeId}")]
    public async Task<StoreSummary> GetStoreSummary(string storeId, CancellationToken ct)
    {
        var today = DateTime.UtcNow.Date;
        var orders = await _db.Orders.Where(o => o.StoreId == storeId && o.PlacedDate >= today).ToListAsync(ct);
        var completed = orders.Where(o => o.CompletedDate.HasValue).ToList();
        var avg = completed.Count == 0 ? 0 : completed.Average(o => (o.CompletedDate!.Value - o.PlacedDate).TotalSeconds);
        return new StoreSummary(storeId, orders.Count, completed.Count, Math.Round(avg, 1), orders.Sum(o => o.OrderTotal));
    }
}
