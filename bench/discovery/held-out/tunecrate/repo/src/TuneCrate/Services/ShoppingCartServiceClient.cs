using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Steeltoe.Common.Discovery;
using TuneCrate.Models;

namespace TuneCrate.Services
{
    public interface IShoppingCartService
    {
        Task<List<CartItem>> GetCartItemsAsync(string cartId);
        Task<bool> AddItemAsync(string cartId, Album album);
        Task<int> RemoveItemAsync(string cartId, int cartItemId);
    }

    public class ShoppingCartServiceClient : ServiceClientBase, IShoppingCartService
    {
        private const string ApiRoot = "ShoppingCart";
        private readonly IOptionsMonitor<TuneCrateOptions> _options;

        public ShoppingCartServiceClient(IDiscoveryClient discoveryClient, IOptionsMonitor<TuneCrateOptions> options,
            ILogger<ShoppingCartServiceClient> logger)
            : base(discoveryClient, logger)
        {
            _options = options;
        }

        private string Base => _options.CurrentValue.Services.Cart;

        public Task<List<CartItem>> GetCartItemsAsync(string cartId) =>
            GetAsync<List<CartItem>>(BuildUrl(Base, ApiRoot, cartId));

        public async Task<bool> AddItemAsync(string cartId, Album album)
        {
            var url = BuildUrl(Base, ApiRoot, cartId, "item", album.AlbumId);
            var response = await SendJsonAsync(HttpMethod.Put, url, new { album.Title, album.Price });
            return response.IsSuccessStatusCode;
        }

        public async Task<int> RemoveItemAsync(string cartId, int cartItemId)
        {
            var response = await SendJsonAsync(HttpMethod.Delete, BuildUrl(Base, ApiRoot, cartId, "item", cartItemId), null);
            response.EnsureSuccessStatusCode();
            return JsonConvert.DeserializeObject<int>(await response.Content.ReadAsStringAsync());
        }
    }
}
