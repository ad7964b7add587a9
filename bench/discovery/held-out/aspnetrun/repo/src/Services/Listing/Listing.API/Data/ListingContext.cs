using Listing.API.Entities;
using Microsoft.Extensions.Configuration;
using MongoDB.Driver;

namespace Listing.API.Data
{
    public interface IListingContext
    {
        IMongoCollection<Product> Products { get; }
    }

    public class ListingContext : IListingContext
    {
        public ListingContext(IConfiguration configuration)
        {
            var client = new MongoClient(configuration.GetValue<string>("DatabaseSettings:ConnectionString"));
            var database = client.GetDatabase(configuration.GetValue<string>("DatabaseSettings:DatabaseName"));

            Products = database.GetCollection<Product>(configuration.GetValue<string>("DatabaseSettings:CollectionName"));
            ListingContextSeed.SeedData(Products);
        }

        public IMongoCollection<Product> Products { get; }
    }
}
