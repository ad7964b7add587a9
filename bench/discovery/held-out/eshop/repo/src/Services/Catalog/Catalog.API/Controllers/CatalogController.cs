using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Northwind.Services.Catalog.API.Infrastructure;
using Northwind.Services.Catalog.API.IntegrationEvents;
using Northwind.Services.Catalog.API.IntegrationEvents.Events;
using Northwind.Services.Catalog.API.Model;

namespace Northwind.Services.Catalog.API.Controllers;

[ApiController]
[Route("api/v1/[controller]")]
public class CatalogController : ControllerBase
{
    private readonly CatalogContext _catalogContext;
    private readonly ICatalogIntegrationEventService _catalogIntegrationEventService;

    public CatalogController(CatalogContext context, ICatalogIntegrationEventService catalogIntegrationEventService)
    {
        _catalogContext = context;
        _catalogIntegrationEventService = catalogIntegrationEventService;
    }

    // GET api/v1/catalog/items?pageSize=10&pageIndex=0
    [HttpGet("items")]
    public async Task<IActionResult> ItemsAsync([FromQuery] int pageSize = 10, [FromQuery] int pageIndex = 0)
    {
        var total = await _catalogContext.CatalogItems.LongCountAsync();
        var items = await _catalogContext.CatalogItems
            .OrderBy(c => c.Name)
            .Skip(pageSize * pageIndex)
            .Take(pageSize)
            .ToListAsync();
        return Ok(new { pageIndex, pageSize, count = total, data = items });
    }

    [HttpGet("items/{id:int}")]
    public async Task<ActionResult<CatalogItem>> ItemByIdAsync(int id)
    {
        var item = await _catalogContext.CatalogItems.SingleOrDefaultAsync(ci => ci.Id == id);
        return item == null ? NotFound() : item;
    }

    // PUT api/v1/catalog/items
    [HttpPut("items")]
    public async Task<ActionResult> UpdateProductAsync([FromBody] CatalogItem productToUpdate)
    {
        var catalogItem = await _catalogContext.CatalogItems.SingleOrDefaultAsync(i => i.Id == productToUpdate.Id);
        if (catalogItem == null)
        {
            return NotFound(new { Message = $"Item with id {productToUpdate.Id} not found." });
        }

        var oldPrice = catalogItem.Price;
        var raiseProductPriceChangedEvent = oldPrice != productToUpdate.Price;

        catalogItem = productToUpdate;
        _catalogContext.CatalogItems.Update(catalogItem);

        if (raiseProductPriceChangedEvent)
        {
            var priceChangedEvent = new ProductPriceChangedIntegrationEvent(catalogItem.Id, productToUpdate.Price, oldPrice);
            await _catalogIntegrationEventService.SaveEventAndCatalogContextChangesAsync(priceChangedEvent);
            await _catalogIntegrationEventService.PublishThroughEventBusAsync(priceChangedEvent);
        }
        else
        {
            await _catalogContext.SaveChangesAsync();
        }

        return CreatedAtAction(nameof(ItemByIdAsync), new { id = productToUpdate.Id }, null);
    }
}
