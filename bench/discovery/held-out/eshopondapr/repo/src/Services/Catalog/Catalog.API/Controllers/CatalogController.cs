using Larkspur.Services.Catalog.API.Infrastructure;
using Larkspur.Services.Catalog.API.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Larkspur.Services.Catalog.API.Controllers;

[Route("api/v1/[controller]")]
[ApiController]
public class CatalogController : ControllerBase
{
    private readonly CatalogDbContext _context;
    private readonly IWebHostEnvironment _env;

    public CatalogController(CatalogDbContext context, IWebHostEnvironment env)
    {
        _context = context;
        _env = env;
    }

    [HttpGet("items/by_ids")]
    public async Task<ActionResult<IEnumerable<CatalogItem>>> ItemsByIdsAsync([FromQuery] string ids)
    {
        var numIds = ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        return await _context.CatalogItems.Where(ci => numIds.Contains(ci.Id)).ToListAsync();
    }

    [HttpGet("items/{id:int}")]
    public async Task<ActionResult<CatalogItem>> ItemByIdAsync(int id)
    {
        var item = await _context.CatalogItems.SingleOrDefaultAsync(ci => ci.Id == id);
        return item is null ? NotFound() : item;
    }

    [HttpGet("items")]
    public async Task<ActionResult<IEnumerable<CatalogItem>>> ItemsAsync(
        [FromQuery] int? brandId, [FromQuery] int? typeId,
        [FromQuery] int pageSize = 10, [FromQuery] int pageIndex = 0)
    {
        IQueryable<CatalogItem> query = _context.CatalogItems;
        if (brandId.HasValue) query = query.Where(ci => ci.CatalogBrandId == brandId);
        if (typeId.HasValue) query = query.Where(ci => ci.CatalogTypeId == typeId);

        return await query.OrderBy(ci => ci.Name).Skip(pageSize * pageIndex).Take(pageSize).ToListAsync();
    }

    [HttpGet("items/{id:int}/pic")]
    public async Task<IActionResult> GetItemPictureAsync(int id)
    {
        var item = await _context.CatalogItems.FindAsync(id);
        if (item?.PictureFileName is null) return NotFound();

        var path = Path.Combine(_env.ContentRootPath, "Pics", item.PictureFileName);
        return PhysicalFile(path, "image/svg+xml");
    }

    [HttpGet("brands")]
    public async Task<ActionResult<List<CatalogBrand>>> CatalogBrandsAsync() =>
        await _context.CatalogBrands.ToListAsync();

    [HttpGet("types")]
    public async Task<ActionResult<List<CatalogType>>> CatalogTypesAsync() =>
        await _context.CatalogTypes.ToListAsync();
}
