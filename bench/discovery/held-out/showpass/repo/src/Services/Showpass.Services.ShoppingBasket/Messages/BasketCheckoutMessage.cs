using Showpass.Integration.MessagingBus;

namespace Showpass.Services.ShoppingBasket.Messages;

public class BasketCheckoutMessage : IntegrationBaseMessage
{
    public Guid BasketId { get; set; }
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string Address { get; set; } = string.Empty;
    public string ZipCode { get; set; } = string.Empty;
    public string City { get; set; } = string.Empty;
    public string Country { get; set; } = string.Empty;
    public Guid UserId { get; set; }
    public string CardNumber { get; set; } = string.Empty;
    public string CardName { get; set; } = string.Empty;
    public string CardExpiration { get; set; } = string.Empty;
    public List<BasketLineMessage> BasketLines { get; set; } = new();
    public int BasketTotal { get; set; }
}

public class BasketLineMessage
{
    public Guid BasketLineId { get; set; }
    public Guid EventId { get; set; }
    public int Price { get; set; }
    public int TicketAmount { get; set; }
}
