using Storefront.Aggregator.Extensions;
using Storefront.Aggregator.Models;
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace Storefront.Aggregator.Extensions
{
    public static class HttpClientExtensions
    {
        public static async Task<T> ReadContentAs<T>(this HttpResponseMessage response)
        {
            if (!response.IsSuccessStatusCode)
                throw new ApplicationException($"Something went wrong calling the API: {response.ReasonPhrase}");

            var dataAsString = await response.Content.ReadAsStringAsync().ConfigureAwait(false);

            return JsonSerializer.Deserialize<T>(dataAsString, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        }
    }
}

namespace Storefront.Aggregator.Models
{
    public class ListingModel
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public string Category { get; set; }
        public string Summary { get; set; }
        public string Description { get; set; }
        public string ImageFile { get; set; }
        public decimal Price { get; set; }
    }

    public class CartItemExtendedModel
    {
        public int Quantity { get; set; }
        public string Color { get; set; }
        public decimal Price { get; set; }
        public string ProductId { get; set; }
        public string ProductName { get; set; }
        public string Category { get; set; }
        public string Summary { get; set; }
        public string ImageFile { get; set; }
    }

    public class CartModel
    {
        public string UserName { get; set; }
        public List<CartItemExtendedModel> Items { get; set; } = new();
        public decimal TotalPrice { get; set; }
    }

    public class OrderResponseModel
    {
        public string UserName { get; set; }
        public decimal TotalPrice { get; set; }
        public string FirstName { get; set; }
        public string LastName { get; set; }
        public string EmailAddress { get; set; }
        public string AddressLine { get; set; }
        public string Country { get; set; }
        public int PaymentMethod { get; set; }
    }

    public class StorefrontModel
    {
        public string UserName { get; set; }
        public CartModel CartWithProducts { get; set; }
        public IEnumerable<OrderResponseModel> Orders { get; set; }
    }
}

namespace Storefront.Aggregator.Services
{
    public interface IListingService
    {
        Task<IEnumerable<ListingModel>> GetListing();
        Task<IEnumerable<ListingModel>> GetListingByCategory(string category);
        Task<ListingModel> GetListing(string id);
    }

    public class ListingService : IListingService
    {
        private readonly HttpClient _client;

        public ListingService(HttpClient client)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
        }

        public async Task<IEnumerable<ListingModel>> GetListing()
        {
            var response = await _client.GetAsync("/api/v1/Listing");
            return await response.ReadContentAs<List<ListingModel>>();
        }

        public async Task<ListingModel> GetListing(string id)
        {
            var response = await _client.GetAsync($"/api/v1/Listing/{id}");
            return await response.ReadContentAs<ListingModel>();
        }

        public async Task<IEnumerable<ListingModel>> GetListingByCategory(string category)
        {
            var response = await _client.GetAsync($"/api/v1/Listing/GetProductByCategory/{category}");
            return await response.ReadContentAs<List<ListingModel>>();
        }
    }

    public interface ICartService
    {
        Task<CartModel> GetCart(string userName);
    }

    public class CartService : ICartService
    {
        private readonly HttpClient _client;

        public CartService(HttpClient client)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
        }

        public async Task<CartModel> GetCart(string userName)
        {
            var response = await _client.GetAsync($"/api/v1/Cart/{userName}");
            return await response.ReadContentAs<CartModel>();
        }
    }

    public interface IOrderService
    {
        Task<IEnumerable<OrderResponseModel>> GetOrdersByUserName(string userName);
    }

    public class OrderService : IOrderService
    {
        private readonly HttpClient _client;

        public OrderService(HttpClient client)
        {
            _client = client ?? throw new ArgumentNullException(nameof(client));
        }

        public async Task<IEnumerable<OrderResponseModel>> GetOrdersByUserName(string userName)
        {
            var response = await _client.GetAsync($"/api/v1/Order/{userName}");
            return await response.ReadContentAs<List<OrderResponseModel>>();
        }
    }
}
