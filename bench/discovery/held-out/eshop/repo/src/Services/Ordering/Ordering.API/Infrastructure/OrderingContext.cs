using Microsoft.EntityFrameworkCore;

namespace Northwind.Services.Ordering.API.Infrastructure;

public class Order
{
    public int Id { get; set; }
    public string BuyerId { get; set; }
    public string BuyerName { get; set; }
    public DateTime OrderDate { get; set; }
    public string Status { get; set; } = "submitted";
    public string Street { get; set; }
    public string City { get; set; }
    public string Country { get; set; }
    public List<OrderItem> OrderItems { get; set; } = new();
}

public class OrderItem
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string ProductName { get; set; }
    public decimal UnitPrice { get; set; }
    public int Units { get; set; }
}

public class OrderingContext : DbContext
{
    public const string DEFAULT_SCHEMA = "ordering";

    public OrderingContext(DbContextOptions<OrderingContext> options) : base(options) { }

    public DbSet<Order> Orders { get; set; }
    public DbSet<OrderItem> OrderItems { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(DEFAULT_SCHEMA);
        modelBuilder.Entity<Order>().ToTable("orders");
        modelBuilder.Entity<OrderItem>().ToTable("orderItems");
        modelBuilder.Entity<OrderItem>().Property(o => o.UnitPrice).HasPrecision(18, 2);
    }
}
