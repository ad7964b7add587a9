using Showpass.Integration.MessagingBus;

namespace Showpass.Services.Ordering.Messages;

public class BasketCheckoutMessage : IntegrationBaseMessage
{
    public Guid BasketId { get; set; }
    public Guid UserId { get; set; }
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public string CardNumber { get; set; } = string.Empty;
    public string CardName { get; set; } = string.Empty;
    public string CardExpiration { get; set; } = string.Empty;
    public int BasketTotal { get; set; }
    public List<BasketLineMessage> BasketLines { get; set; } = new();
}

public class BasketLineMessage
{
    public Guid BasketLineId { get; set; }
    public Guid EventId { get; set; }
    public int Price { get; set; }
    public int TicketAmount { get; set; }
}

public class OrderPaymentRequestMessage : IntegrationBaseMessage
{
    public Guid OrderId { get; set; }
    public int Total { get; set; }
    public string CardNumber { get; set; } = string.Empty;
    public string CardName { get; set; } = string.Empty;
    public string CardExpiration { get; set; } = string.Empty;
}

public class OrderPaymentUpdateMessage : IntegrationBaseMessage
{
    public Guid OrderId { get; set; }
    public bool PaymentSuccess { get; set; }
}
