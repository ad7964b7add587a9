using Microsoft.EntityFrameworkCore;
using Northwind.Services.Catalog.API.Model;

namespace Northwind.Services.Catalog.API.Infrastructure;

public class CatalogContext : DbContext
{
    public CatalogContext(DbContextOptions<CatalogContext> options) : base(options)
    {
    }

    public DbSet<CatalogItem> CatalogItems { get; set; }
    public DbSet<IntegrationEventLogEntry> IntegrationEventLogs { get; set; }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<CatalogItem>(b =>
        {
            b.ToTable("Catalog");
            b.Property(ci => ci.Name).IsRequired().HasMaxLength(50);
            b.Property(ci => ci.Price).HasPrecision(18, 2);
        });
        builder.Entity<IntegrationEventLogEntry>(b =>
        {
            b.ToTable("IntegrationEventLog");
            b.HasKey(e => e.EventId);
        });
    }
}

public class IntegrationEventLogEntry
{
    public Guid EventId { get; set; }
    public string EventTypeName { get; set; }
    public string Content { get; set; }
    public DateTime CreationTime { get; set; }
    public int State { get; set; }
}
