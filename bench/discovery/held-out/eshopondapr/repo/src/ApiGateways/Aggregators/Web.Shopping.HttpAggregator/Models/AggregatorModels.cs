namespace Larkspur.Web.Shopping.HttpAggregator.Models;

public record CatalogItem(int Id, string Name, decimal Price, string? PictureUri);

public record BasketData(string BuyerId, List<BasketDataItem> Items);

public record BasketDataItem(string Id, int ProductId, string ProductName, decimal UnitPrice, int Quantity, string? PictureUrl);

public record UpdateBasketRequest(IEnumerable<UpdateBasketRequestItemData> Items);

public record UpdateBasketRequestItemData(int ProductId, int Quantity);
