using Microsoft.EntityFrameworkCore;

namespace Showpass.Services.Marketing.DbContexts;

public class MarketingDbContext : DbContext
{
    public MarketingDbContext(DbContextOptions<MarketingDbContext> options) : base(options) { }

    public DbSet<BasketChangeEvent> BasketChangeEvents => Set<BasketChangeEvent>();
}

public class BasketChangeEvent
{
    public Guid BasketChangeEventId { get; set; }
    public Guid UserId { get; set; }
    public Guid EventId { get; set; }
    public DateTime InsertedAt { get; set; }
    public int BasketChangeType { get; set; }
}
