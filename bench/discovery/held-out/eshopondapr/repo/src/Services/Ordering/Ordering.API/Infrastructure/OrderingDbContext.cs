using Microsoft.EntityFrameworkCore;

namespace Larkspur.Services.Ordering.API.Infrastructure;

public class OrderingDbContext : DbContext
{
    public OrderingDbContext(DbContextOptions<OrderingDbContext> options) : base(options)
    {
    }

    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema("ordering");
        builder.Entity<Order>(b =>
        {
            b.ToTable("orders");
            b.HasKey(o => o.Id);
            b.OwnsMany(o => o.OrderItems, i => i.ToTable("orderitems"));
            b.OwnsOne(o => o.Address);
        });
    }
}

public interface IOrderRepository
{
    Task<Order?> GetOrderByIdAsync(Guid orderId);
    Task<IEnumerable<OrderSummary>> GetOrdersFromBuyerAsync(string buyerId);
    Task<Order> AddOrGetOrderAsync(Order order);
}

public class OrderRepository : IOrderRepository
{
    private readonly OrderingDbContext _context;

    public OrderRepository(OrderingDbContext context) => _context = context;

    public Task<Order?> GetOrderByIdAsync(Guid orderId) =>
        _context.Orders.Include(o => o.OrderItems).SingleOrDefaultAsync(o => o.Id == orderId);

    public async Task<IEnumerable<OrderSummary>> GetOrdersFromBuyerAsync(string buyerId) =>
        await _context.Orders
            .Where(o => o.BuyerId == buyerId)
            .Select(o => new OrderSummary(o.Id, o.OrderNumber, o.OrderDate, o.OrderStatus, o.GetTotal()))
            .ToListAsync();

    public async Task<Order> AddOrGetOrderAsync(Order order)
    {
        var existing = await _context.Orders.FindAsync(order.Id);
        if (existing is not null) return existing;

        _context.Orders.Add(order);
        await _context.SaveChangesAsync();
        return order;
    }
}

public class Order
{
    public Guid Id { get; set; }
    public int OrderNumber { get; set; }
    public DateTime OrderDate { get; set; }
    public string OrderStatus { get; set; } = "Submitted";
    public string BuyerId { get; set; } = default!;
    public string BuyerEmail { get; set; } = default!;
    public Address Address { get; set; } = default!;
    public List<OrderItem> OrderItems { get; set; } = new();

    public decimal GetTotal() => OrderItems.Sum(i => i.UnitPrice * i.Units);
}

public record Address(string Street, string City, string State, string Country, string ZipCode);

public class OrderItem
{
    public int ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public decimal UnitPrice { get; set; }
    public int Units { get; set; }
    public string? PictureUrl { get; set; }
}

public record OrderSummary(Guid OrderId, int OrderNumber, DateTime Date, string Status, decimal Total);
