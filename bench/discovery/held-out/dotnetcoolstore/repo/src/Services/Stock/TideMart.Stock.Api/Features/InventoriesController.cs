using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TideMart.Shared.Contracts;
using TideMart.Stock.Data;

namespace TideMart.Stock.Features;

[ApiController]
[Route("api/inventories")]
public class InventoriesController : ControllerBase
{
    private readonly StockDbContext _db;

    public InventoriesController(StockDbContext db) => _db = db;

    // Called by catalogapp via Dapr service invocation
    [HttpGet("by-products")]
    [AllowAnonymous]
    public async Task<IEnumerable<InventoryDto>> ByProducts([FromQuery] string ids, CancellationToken ct)
    {
        var productIds = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

        return await _db.Inventories.AsNoTracking()
            .Where(i => productIds.Contains(i.ProductId))
            .Select(i => new InventoryDto(i.ProductId, i.StoreId, i.Location, i.Available - i.Reserved))
            .ToListAsync(ct);
    }

    [HttpGet("{productId:guid}")]
    [Authorize]
    public async Task<IActionResult> ForProduct(Guid productId, CancellationToken ct)
    {
        var rows = await _db.Inventories.AsNoTracking().Where(i => i.ProductId == productId).ToListAsync(ct);

        // v1 looked the product name up in the catalog directly; the SPA does that now.
        // var http = _httpFactory.CreateClient();
        // var product = await http.GetFromJsonAsync<ProductDto>($"http://catalogapp:5002/api/products/{productId}", ct);

        return Ok(rows);
    }

    [HttpPut("{productId:guid}/stores/{storeId:guid}")]
    [Authorize]
    public async Task<IActionResult> Restock(Guid productId, Guid storeId, [FromBody] int quantity, CancellationToken ct)
    {
        var row = await _db.Inventories.FirstOrDefaultAsync(i => i.ProductId == productId && i.StoreId == storeId, ct);
        if (row is null)
        {
            row = new Inventory { ProductId = productId, StoreId = storeId, Location = "DEFAULT" };
            _db.Inventories.Add(row);
        }

        row.Available += quantity;
        row.UpdatedAt = DateTime.UtcNow;
        await _db.SaveChangesAsync(ct);
        return NoContent();
    }
}
