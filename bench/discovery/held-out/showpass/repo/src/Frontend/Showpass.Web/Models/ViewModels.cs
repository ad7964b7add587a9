namespace Showpass.Web.Models;

public record Event(Guid EventId, string Name, int Price, string Artist, DateTime Date, string Description, string ImageUrl, Guid CategoryId);

public record Category(Guid CategoryId, string Name);

public record BasketLine(Guid BasketLineId, Guid EventId, string EventName, DateTime EventDate, int TicketAmount, int Price);

public record Basket(Guid BasketId, Guid UserId, Guid? CouponId, List<BasketLine> BasketLines);

public record Order(Guid Id, int OrderTotal, DateTime OrderPlaced, bool OrderPaid);

public record BasketCheckout(Guid BasketId, Guid UserId, string FirstName, string LastName, string Email,
    string Address, string ZipCode, string City, string Country, string CardNumber, string CardName, string CardExpiration);

public class Settings
{
    public Settings(IConfiguration configuration)
    {
        configuration.Bind(this);
    }

    public Guid UserId { get; set; } = Guid.Parse("e455a3df-7fa5-47e0-8435-179b300d531f");
    public string Currency { get; set; } = "EUR";
}
