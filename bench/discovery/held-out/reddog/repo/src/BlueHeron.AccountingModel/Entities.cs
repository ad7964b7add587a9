namespace BlueHeron.AccountingModel;

public class Customer
{
    public string LoyaltyId { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public List<Order> Orders { get; set; } = new();
}

public class Order
{
    public Guid OrderId { get; set; }
    public string StoreId { get; set; } = string.Empty;
    public DateTime PlacedDate { get; set; }
    public DateTime? CompletedDate { get; set; }
    public string? CustomerLoyaltyId { get; set; }
    public Customer? Customer { get; set; }
    public decimal OrderTotal { get; set; }
    public List<OrderItem> OrderItems { get; set; } = new();
}

public class OrderItem
{
    public int OrderItemId { get; set; }
    public Guid OrderId { get; set; }
    public Order? Order { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public decimal UnitCost { get; set; }
    public decimal UnitPrice { get; set; }
}
