using System;
using MongoDB.Driver;
using Volo.Abp.Data;
using Volo.Abp.Domain.Entities.Auditing;
using Volo.Abp.MongoDB;

namespace Tidemart.CatalogService.MongoDb;

[ConnectionStringName(CatalogServiceDbProperties.ConnectionStringName)]
public class CatalogMongoDbContext : AbpMongoDbContext
{
    public IMongoCollection<Product> Products => Collection<Product>();

    protected override void CreateModel(IMongoModelBuilder modelBuilder)
    {
        base.CreateModel(modelBuilder);

        modelBuilder.Entity<Product>(b =>
        {
            b.CollectionName = CatalogServiceDbProperties.DbTablePrefix + "Products";
        });
    }
}

public static class CatalogServiceDbProperties
{
    public const string ConnectionStringName = "CatalogService";
    public const string DbTablePrefix = "Catalog";
}

public class Product : FullAuditedAggregateRoot<Guid>
{
    public string Code { get; private set; } = default!;
    public string Name { get; private set; } = default!;
    public float Price { get; private set; }
    public int StockCount { get; private set; }
    public string? ImageName { get; private set; }

    protected Product()
    {
    }

    public Product(Guid id, string code, string name, float price, int stockCount, string? imageName = null)
        : base(id)
    {
        Code = code;
        Name = name;
        Price = price;
        StockCount = stockCount;
        ImageName = imageName;
    }

    public void ChangeStock(int stockCount)
    {
        if (stockCount < 0)
        {
            throw new ArgumentException("Stock count can not be negative!", nameof(stockCount));
        }
        StockCount = stockCount;
    }
}
