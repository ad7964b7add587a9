using Microsoft.EntityFrameworkCore;
using Showpass.Services.Ordering.Entities;

namespace Showpass.Services.Ordering.DbContexts
{
    public class OrderDbContext : DbContext
    {
        public OrderDbContext(DbContextOptions<OrderDbContext> options) : base(options) { }

        public DbSet<Order> Orders => Set<Order>();
        public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    }
}

namespace Showpass.Services.Ordering.Repositories
{
    public interface IOrderRepository
    {
        Task<List<Order>> GetAllOrdersForUser(Guid userId);
    }

    public class OrderRepository : IOrderRepository
    {
        private readonly DbContextOptions<OrderDbContext> _options;

        public OrderRepository(DbContextOptions<OrderDbContext> options) => _options = options;

        public async Task AddOrder(Order order)
        {
            await using var db = new OrderDbContext(_options);
            db.Orders.Add(order);
            await db.SaveChangesAsync();
        }

        public async Task UpdateOrderPaymentStatus(Guid orderId, bool paid)
        {
            await using var db = new OrderDbContext(_options);
            var order = await db.Orders.FindAsync(orderId);
            if (order is null) return;
            order.OrderPaid = paid;
            await db.SaveChangesAsync();
        }

        public async Task<List<Order>> GetAllOrdersForUser(Guid userId)
        {
            await using var db = new OrderDbContext(_options);
            return await db.Orders.Include(o => o.OrderLines).Where(o => o.UserId == userId).ToListAsync();
        }
    }
}

namespace Showpass.Services.Ordering.Entities
{
    public class Order
    {
        public Guid Id { get; set; }
        public Guid UserId { get; set; }
        public string Email { get; set; } = string.Empty;
        public int OrderTotal { get; set; }
        public DateTime OrderPlaced { get; set; }
        public bool OrderPaid { get; set; }
        public List<OrderLine> OrderLines { get; set; } = new();
    }

    public class OrderLine
    {
        public Guid OrderLineId { get; set; }
        public Guid OrderId { get; set; }
        public Guid EventId { get; set; }
        public int Price { get; set; }
        public int TicketAmount { get; set; }
    }
}
