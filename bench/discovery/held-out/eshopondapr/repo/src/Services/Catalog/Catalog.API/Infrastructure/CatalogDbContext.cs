using Larkspur.Services.Catalog.API.Model;
using Microsoft.EntityFrameworkCore;

namespace Larkspur.Services.Catalog.API.Infrastructure;

public class CatalogDbContext : DbContext
{
    public CatalogDbContext(DbContextOptions<CatalogDbContext> options) : base(options)
    {
    }

    public DbSet<CatalogItem> CatalogItems => Set<CatalogItem>();
    public DbSet<CatalogBrand> CatalogBrands => Set<CatalogBrand>();
    public DbSet<CatalogType> CatalogTypes => Set<CatalogType>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.Entity<CatalogItem>(b =>
        {
            b.ToTable("CatalogItem");
            b.Property(ci => ci.Name).IsRequired().HasMaxLength(50);
            b.Property(ci => ci.Price).HasPrecision(18, 2);
            b.HasOne(ci => ci.CatalogBrand).WithMany();
            b.HasOne(ci => ci.CatalogType).WithMany();
        });
        builder.Entity<CatalogBrand>().ToTable("CatalogBrand");
        builder.Entity<CatalogType>().ToTable("CatalogType");
    }
}

public class CatalogContextSeed
{
    public async Task SeedAsync(CatalogDbContext context)
    {
        if (context.CatalogItems.Any())
        {
            return;
        }

        var brands = new[] { new CatalogBrand { Brand = "Larkspur" }, new CatalogBrand { Brand = "Ridgeline" } };
        var types = new[] { new CatalogType { Type = "Tent" }, new CatalogType { Type = "Backpack" }, new CatalogType { Type = "Headlamp" } };
        context.CatalogBrands.AddRange(brands);
        context.CatalogTypes.AddRange(types);

        context.CatalogItems.AddRange(
            new CatalogItem { Name = "Alpine 2P Tent", Price = 349.00m, CatalogBrand = brands[0], CatalogType = types[0], AvailableStock = 40, PictureFileName = "1.svg" },
            new CatalogItem { Name = "Summit 45L Pack", Price = 189.50m, CatalogBrand = brands[1], CatalogType = types[1], AvailableStock = 75, PictureFileName = "2.svg" },
            new CatalogItem { Name = "Glowworm 400 Headlamp", Price = 39.99m, CatalogBrand = brands[0], CatalogType = types[2], AvailableStock = 200, PictureFileName = "3.svg" });

        await context.SaveChangesAsync();
    }
}
