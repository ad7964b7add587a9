namespace Showpass.Services.ShoppingBasket.Entities;

public class Basket
{
    public Guid BasketId { get; set; }
    public Guid UserId { get; set; }
    public Guid? CouponId { get; set; }
    public List<BasketLine> BasketLines { get; set; } = new();
}

public class BasketLine
{
    public Guid BasketLineId { get; set; }
    public Guid BasketId { get; set; }
    public Guid EventId { get; set; }
    public string EventName { get; set; } = string.Empty;
    public DateTime EventDate { get; set; }
    public int TicketAmount { get; set; }
    public int Price { get; set; }
}

public enum BasketChangeTypeEnum
{
    Add = 0,
    Remove = 1
}

public class BasketChangeEvent
{
    public Guid BasketChangeEventId { get; set; }
    public Guid UserId { get; set; }
    public Guid EventId { get; set; }
    public DateTimeOffset InsertedAt { get; set; }
    public BasketChangeTypeEnum BasketChangeType { get; set; }
}
