using Larkspur.Web.Shopping.HttpAggregator.Models;
using Larkspur.Web.Shopping.HttpAggregator.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Web.Shopping.HttpAggregator.Controllers;

[Route("api/v1/[controller]")]
[Authorize(Policy = "ApiScope")]
[ApiController]
public class BasketController : ControllerBase
{
    private readonly ICatalogService _catalog;
    private readonly IBasketService _basket;

    public BasketController(ICatalogService catalogService, IBasketService basketService)
    {
        _catalog = catalogService;
        _basket = basketService;
    }

    [HttpPost]
    [HttpPut]
    public async Task<ActionResult<BasketData>> UpdateAllBasketAsync([FromBody] UpdateBasketRequest data)
    {
        if (data.Items is null || !data.Items.Any())
        {
            return BadRequest("Need to pass at least one basket line");
        }

        var userId = User.FindFirst("sub")!.Value;
        var catalogItems = (await _catalog.GetCatalogItemsAsync(data.Items.Select(x => x.ProductId))).ToList();

        var items = new List<BasketDataItem>();
        foreach (var bitem in data.Items)
        {
            var catalogItem = catalogItems.SingleOrDefault(ci => ci.Id == bitem.ProductId);
            if (catalogItem is null)
            {
                return BadRequest($"Basket refers to a non-existing catalog item ({bitem.ProductId})");
            }

            items.Add(new BasketDataItem(
                Guid.NewGuid().ToString(), catalogItem.Id, catalogItem.Name, catalogItem.Price,
                bitem.Quantity, catalogItem.PictureUri));
        }

        var newBasket = new BasketData(userId, items);
        await _basket.UpdateAsync(newBasket);
        return newBasket;
    }
}
