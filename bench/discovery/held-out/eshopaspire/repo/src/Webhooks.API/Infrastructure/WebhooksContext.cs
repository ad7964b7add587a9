using Microsoft.EntityFrameworkCore;
using Tidewater.Webhooks.API.Model;

namespace Tidewater.Webhooks.API.Infrastructure;

public class WebhooksContext(DbContextOptions<WebhooksContext> options) : DbContext(options)
{
    public DbSet<WebhookSubscription> Subscriptions { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WebhookSubscription>(eb =>
        {
            eb.HasIndex(s => s.UserId);
            eb.HasIndex(s => s.Type);
        });
    }
}
