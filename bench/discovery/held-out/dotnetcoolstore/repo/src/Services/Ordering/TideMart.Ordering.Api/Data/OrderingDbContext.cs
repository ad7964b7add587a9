using Microsoft.EntityFrameworkCore;

namespace TideMart.Ordering.Data;

public enum OrderStatus { Placed = 1, Paid = 2, Shipped = 3, Cancelled = 4 }

public class Order
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CartId { get; set; }
    public Guid UserId { get; set; }
    public OrderStatus Status { get; set; } = OrderStatus.Placed;
    public decimal Total { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<OrderLine> Lines { get; set; } = new();
}

public class OrderLine
{
    public int Id { get; set; }
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public decimal Price { get; set; }
    public int Quantity { get; set; }
}

public class OrderingDbContext : DbContext
{
    public OrderingDbContext(DbContextOptions<OrderingDbContext> options) : base(options) { }

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("sale");
        b.Entity<Order>(e =>
        {
            e.HasIndex(o => o.CartId).IsUnique();
            e.Property(o => o.Total).HasPrecision(18, 2);
            e.HasMany(o => o.Lines).WithOne().OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<OrderLine>().Property(l => l.Price).HasPrecision(18, 2);
    }
}
