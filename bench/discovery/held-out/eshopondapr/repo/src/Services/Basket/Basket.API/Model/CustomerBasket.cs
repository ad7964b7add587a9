namespace Larkspur.Services.Basket.API.Model;

public class CustomerBasket
{
    public CustomerBasket() { }

    public CustomerBasket(string buyerId) => BuyerId = buyerId;

    public string BuyerId { get; set; } = default!;

    public List<BasketItem> Items { get; set; } = new();
}

public record BasketItem
{
    public string Id { get; init; } = default!;
    public int ProductId { get; init; }
    public string ProductName { get; init; } = default!;
    public decimal UnitPrice { get; init; }
    public int Quantity { get; init; }
    public string? PictureUrl { get; init; }
}

public record BasketCheckout(
    string Street, string City, string State, string Country, string ZipCode,
    string CardNumber, string CardHolderName, DateTime CardExpiration, string CardSecurityNumber,
    int CardTypeId, string? Buyer, Guid RequestId);
