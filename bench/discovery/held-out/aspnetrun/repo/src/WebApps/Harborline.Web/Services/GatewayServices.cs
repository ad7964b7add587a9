using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Harborline.Web.Services
{
    public record ListingModel(string Id, string Name, string Category, string Summary, string Description, string ImageFile, decimal Price);

    public class CartItemModel
    {
        public int Quantity { get; set; }
        public string Color { get; set; }
        public decimal Price { get; set; }
        public string ProductId { get; set; }
        public string ProductName { get; set; }
    }

    public class CartModel
    {
        public string UserName { get; set; }
        public List<CartItemModel> Items { get; set; } = new();
        public decimal TotalPrice { get; set; }
    }

    public class CartCheckoutModel
    {
        public string UserName { get; set; }
        public decimal TotalPrice { get; set; }
        public string FirstName { get; set; }
        public string LastName { get; set; }
        public string EmailAddress { get; set; }
        public string AddressLine { get; set; }
        public string Country { get; set; }
        public string State { get; set; }
        public string ZipCode { get; set; }
        public string CardName { get; set; }
        public string CardNumber { get; set; }
        public string Expiration { get; set; }
        public string CVV { get; set; }
        public int PaymentMethod { get; set; }
    }

    public record OrderResponseModel(string UserName, decimal TotalPrice, string FirstName, string LastName, string EmailAddress);

    public interface IListingService
    {
        Task<IEnumerable<ListingModel>> GetListing();
        Task<ListingModel> GetListing(string id);
        Task<IEnumerable<ListingModel>> GetListingByCategory(string category);
    }

    public class ListingService : IListingService
    {
        private readonly HttpClient _client;

        public ListingService(HttpClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

        public async Task<IEnumerable<ListingModel>> GetListing() =>
            await _client.GetFromJsonAsync<List<ListingModel>>("/Listing");

        public async Task<ListingModel> GetListing(string id) =>
            await _client.GetFromJsonAsync<ListingModel>($"/Listing/{id}");

        public async Task<IEnumerable<ListingModel>> GetListingByCategory(string category) =>
            await _client.GetFromJsonAsync<List<ListingModel>>($"/Listing/GetProductByCategory/{category}");
    }

    public interface ICartService
    {
        Task<CartModel> GetCart(string userName);
        Task<CartModel> UpdateCart(CartModel model);
        Task CheckoutCart(CartCheckoutModel model);
    }

    public class CartService : ICartService
    {
        private readonly HttpClient _client;

        public CartService(HttpClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

        public async Task<CartModel> GetCart(string userName) =>
            await _client.GetFromJsonAsync<CartModel>($"/Cart/{userName}");

        public async Task<CartModel> UpdateCart(CartModel model)
        {
            var response = await _client.PostAsJsonAsync("/Cart", model);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<CartModel>();
        }

        public async Task CheckoutCart(CartCheckoutModel model)
        {
            var response = await _client.PostAsJsonAsync("/Cart/Checkout", model);
            if (!response.IsSuccessStatusCode)
            {
                throw new Exception("Something went wrong when calling api.");
            }
        }
    }

    public interface IOrderService
    {
        Task<IEnumerable<OrderResponseModel>> GetOrdersByUserName(string userName);
    }

    public class OrderService : IOrderService
    {
        private readonly HttpClient _client;

        public OrderService(HttpClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

        public async Task<IEnumerable<OrderResponseModel>> GetOrdersByUserName(string userName) =>
            await _client.GetFromJsonAsync<List<OrderResponseModel>>($"/Order/{userName}");
    }
}
