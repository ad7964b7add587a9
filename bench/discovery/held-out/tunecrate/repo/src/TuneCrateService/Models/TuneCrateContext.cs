using Microsoft.EntityFrameworkCore;

namespace TuneCrateService.Models
{
    public class TuneCrateContext : DbContext
    {
        public TuneCrateContext(DbContextOptions<TuneCrateContext> options)
            : base(options)
        {
        }

        public DbSet<Album> Albums { get; set; }
        public DbSet<Artist> Artists { get; set; }
        public DbSet<Genre> Genres { get; set; }

        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Album>().HasIndex(a => a.UnitsSold);
            base.OnModelCreating(builder);
        }
    }

    public class CatalogOptions
    {
        public bool SeedSampleData { get; set; } = true;
        public string SalesQueue { get; set; } = "tunecrate.catalog.album-sales";
    }
}
