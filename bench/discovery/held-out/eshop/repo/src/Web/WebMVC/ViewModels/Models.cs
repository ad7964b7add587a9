namespace Northwind.WebMVC.ViewModels;

public record CatalogItem(int Id, string Name, string Description, decimal Price, string PictureUri);
public record Catalog(int PageIndex, int PageSize, int Count, List<CatalogItem> Data);
public record BasketItem(string Id, int ProductId, string ProductName, decimal UnitPrice, decimal OldUnitPrice, int Quantity, string PictureUrl);
public record Basket(string BuyerId, List<BasketItem> Items);
public record Order(int Id, string Status, DateTime OrderDate, decimal Total);
public record BasketCheckout(string City, string Street, string State, string Country, string ZipCode, string CardNumber,
    string CardHolderName, DateTime CardExpiration, string CardSecurityNumber, int CardTypeId, string Buyer, Guid RequestId);
