using Microsoft.EntityFrameworkCore;

namespace BlueHeron.AccountingModel;

public class AccountingContext : DbContext
{
    public AccountingContext(DbContextOptions<AccountingContext> options) : base(options)
    {
    }

    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderItem> OrderItems => Set<OrderItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Customer>(e =>
        {
            e.HasKey(c => c.LoyaltyId);
            e.Property(c => c.LoyaltyId).HasMaxLength(36);
            e.Property(c => c.FirstName).HasMaxLength(50);
            e.Property(c => c.LastName).HasMaxLength(50);
        });

        modelBuilder.Entity<Order>(e =>
        {
            e.HasKey(o => o.OrderId);
            e.Property(o => o.StoreId).HasMaxLength(54).IsRequired();
            e.Property(o => o.OrderTotal).HasColumnType("decimal(18,2)");
            e.HasIndex(o => new { o.StoreId, o.PlacedDate });
            e.HasOne(o => o.Customer).WithMany(c => c.Orders).HasForeignKey(o => o.CustomerLoyaltyId);
        });

        modelBuilder.Entity<OrderItem>(e =>
        {
            e.HasKey(i => i.OrderItemId);
            e.Property(i => i.UnitCost).HasColumnType("decimal(18,2)");
            e.Property(i => i.UnitPrice).HasColumnType("decimal(18,2)");
            e.HasOne(i => i.Order).WithMany(o => o.OrderItems).HasForeignKey(i => i.OrderId);
        });
    }
}
