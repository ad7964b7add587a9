using Microsoft.EntityFrameworkCore;

namespace TideMart.Stock.Data;

public class Inventory
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ProductId { get; set; }
    public Guid StoreId { get; set; }
    public string Location { get; set; } = default!;
    public int Available { get; set; }
    public int Reserved { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

public class ProcessedMessage
{
    public string Id { get; set; } = default!;
    public DateTime ProcessedAt { get; set; } = DateTime.UtcNow;
}

public class StockDbContext : DbContext
{
    public StockDbContext(DbContextOptions<StockDbContext> options) : base(options) { }

    public DbSet<Inventory> Inventories => Set<Inventory>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema("stock");
        b.Entity<Inventory>().HasIndex(x => new { x.ProductId, x.StoreId }).IsUnique();
        b.Entity<ProcessedMessage>().HasKey(x => x.Id);
    }
}
