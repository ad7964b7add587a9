using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tidewater.Catalog.API.Infrastructure;
using Tidewater.Catalog.API.IntegrationEvents;
using Tidewater.Catalog.API.IntegrationEvents.Events;
using Tidewater.Catalog.API.Model;

namespace Tidewater.Catalog.API.Apis;

public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var vApi = app.NewVersionedApi("Catalog");
        var api = vApi.MapGroup("api/catalog").HasApiVersion(1, 0).HasApiVersion(2, 0);

        api.MapGet("/items", GetAllItems).WithName("ListItems");
        api.MapGet("/items/by", GetItemsByIds);
        api.MapGet("/items/{id:int}", GetItemById);
        api.MapGet("/items/by/{name:minlength(1)}", GetItemsByName);
        api.MapGet("/items/{id:int}/pic", GetItemPictureById);
        api.MapGet("/catalogtypes", async (CatalogContext context) => await context.CatalogTypes.OrderBy(x => x.Type).ToListAsync());
        api.MapGet("/catalogbrands", async (CatalogContext context) => await context.CatalogBrands.OrderBy(x => x.Brand).ToListAsync());

        api.MapPut("/items/{id:int}", UpdateItem);
        api.MapPost("/items", CreateItem);
        api.MapDelete("/items/{id:int}", DeleteItemById);

        return app;
    }

    public static async Task<Ok<PaginatedItems<CatalogItem>>> GetAllItems(
        [AsParameters] PaginationRequest paginationRequest,
        CatalogContext context,
        [Description("The name of the item to return")] string? name,
        [Description("The type of items to return")] int? type,
        [Description("The brand of items to return")] int? brand)
    {
        var pageSize = paginationRequest.PageSize;
        var pageIndex = paginationRequest.PageIndex;

        var root = (IQueryable<CatalogItem>)context.CatalogItems;

        if (name is not null) root = root.Where(c => c.Name.StartsWith(name));
        if (type is not null) root = root.Where(c => c.CatalogTypeId == type);
        if (brand is not null) root = root.Where(c => c.CatalogBrandId == brand);

        var totalItems = await root.LongCountAsync();

        var itemsOnPage = await root
            .OrderBy(c => c.Name)
            .Skip(pageSize * pageIndex)
            .Take(pageSize)
            .ToListAsync();

        return TypedResults.Ok(new PaginatedItems<CatalogItem>(pageIndex, pageSize, totalItems, itemsOnPage));
    }

    public static async Task<Ok<List<CatalogItem>>> GetItemsByIds(CatalogContext context, int[] ids)
    {
        var items = await context.CatalogItems.Where(item => ids.Contains(item.Id)).ToListAsync();
        return TypedResults.Ok(items);
    }

    public static async Task<Results<Ok<CatalogItem>, NotFound, BadRequest<ProblemDetails>>> GetItemById(CatalogContext context, int id)
    {
        if (id <= 0)
        {
            return TypedResults.BadRequest<ProblemDetails>(new() { Detail = "Id is not valid" });
        }

        var item = await context.CatalogItems.Include(ci => ci.CatalogBrand).SingleOrDefaultAsync(ci => ci.Id == id);

        if (item == null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(item);
    }

    public static async Task<Ok<PaginatedItems<CatalogItem>>> GetItemsByName(
        [AsParameters] PaginationRequest paginationRequest,
        CatalogContext context,
        string name)
    {
        return await GetAllItems(paginationRequest, context, name, null, null);
    }

    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetItemPictureById(CatalogContext context, IWebHostEnvironment environment, int id)
    {
        var item = await context.CatalogItems.FindAsync(id);

        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var path = Path.Combine(environment.ContentRootPath, "Pics", item.PictureFileName);
        var mimetype = "image/webp";

        return TypedResults.PhysicalFile(path, mimetype, lastModified: File.GetLastWriteTimeUtc(path));
    }

    public static async Task<Results<Created, BadRequest<ProblemDetails>, NotFound<ProblemDetails>>> UpdateItem(
        HttpContext httpContext,
        int id,
        CatalogContext context,
        ICatalogIntegrationEventService integrationEventService,
        CatalogItem productToUpdate)
    {
        var catalogItem = await context.CatalogItems.SingleOrDefaultAsync(i => i.Id == id);

        if (catalogItem == null)
        {
            return TypedResults.NotFound<ProblemDetails>(new() { Detail = $"Item with id {id} not found." });
        }

        // Update current product
        var catalogEntry = context.Entry(catalogItem);
        catalogEntry.CurrentValues.SetValues(productToUpdate);

        var priceEntry = catalogEntry.Property(i => i.Price);

        if (priceEntry.IsModified) // Save product's data and publish integration event through the Event Bus if price has changed
        {
            //Create Integration Event to be published through the Event Bus
            var priceChangedEvent = new ProductPriceChangedIntegrationEvent(catalogItem.Id, productToUpdate.Price, priceEntry.OriginalValue);

            // Achieving atomicity between original Catalog database operation and the IntegrationEventLog thanks to a local transaction
            await integrationEventService.SaveEventAndCatalogContextChangesAsync(priceChangedEvent);

            // Publish through the Event Bus and mark the saved event as published
            await integrationEventService.PublishThroughEventBusAsync(priceChangedEvent);
        }
        else // Just save the updated product because the Product's Price hasn't changed.
        {
            await context.SaveChangesAsync();
        }

        return TypedResults.Created($"/api/catalog/items/{id}");
    }

    public static async Task<Created> CreateItem(CatalogContext context, CatalogItem product)
    {
        var item = new CatalogItem
        {
            Id = product.Id,
            CatalogBrandId = product.CatalogBrandId,
            CatalogTypeId = product.CatalogTypeId,
            Description = product.Description,
            Name = product.Name,
            PictureFileName = product.PictureFileName,
            Price = product.Price,
            AvailableStock = product.AvailableStock,
            RestockThreshold = product.RestockThreshold,
            MaxStockThreshold = product.MaxStockThreshold
        };

        context.CatalogItems.Add(item);
        await context.SaveChangesAsync();

        return TypedResults.Created($"/api/catalog/items/{item.Id}");
    }

    public static async Task<Results<NoContent, NotFound>> DeleteItemById(CatalogContext context, int id)
    {
        var item = context.CatalogItems.SingleOrDefault(x => x.Id == id);

        if (item is null)
        {
            return TypedResults.NotFound();
        }

        context.CatalogItems.Remove(item);
        await context.SaveChangesAsync();
        return TypedResults.NoContent();
    }
}
