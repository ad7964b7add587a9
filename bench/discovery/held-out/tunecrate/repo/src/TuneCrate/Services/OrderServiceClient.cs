using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Steeltoe.Common.Discovery;
using TuneCrate.Models;

namespace TuneCrate.Services
{
    public interface IOrderService
    {
        Task<int> AddOrderAsync(Order order, string cartId);
        Task<Order> GetOrderAsync(int orderId, string username);
    }

    public class OrderServiceClient : ServiceClientBase, IOrderService
    {
        private const string ApiRoot = "Order";
        private readonly IOptionsMonitor<TuneCrateOptions> _options;

        public OrderServiceClient(IDiscoveryClient discoveryClient, IOptionsMonitor<TuneCrateOptions> options,
            ILogger<OrderServiceClient> logger)
            : base(discoveryClient, logger)
        {
            _options = options;
        }

        private string Base => _options.CurrentValue.Services.Orders;

        public async Task<int> AddOrderAsync(Order order, string cartId)
        {
            var url = BuildUrl(Base, ApiRoot) + "?cartId=" + System.Uri.EscapeDataString(cartId);
            var response = await SendJsonAsync(HttpMethod.Post, url, order);
            response.EnsureSuccessStatusCode();
            return JsonConvert.DeserializeObject<int>(await response.Content.ReadAsStringAsync());
        }

        public Task<Order> GetOrderAsync(int orderId, string username) =>
            GetAsync<Order>(BuildUrl(Base, ApiRoot, orderId) + "?username=" + System.Uri.EscapeDataString(username));
    }
}
