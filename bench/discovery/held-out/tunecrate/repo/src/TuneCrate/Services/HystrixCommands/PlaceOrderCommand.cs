using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Steeltoe.CircuitBreaker.Hystrix;
using TuneCrate.Models;

namespace TuneCrate.Services.HystrixCommands
{
    /// <summary>
    /// Submits the order to orderservice. No fallback: a failed checkout must surface to the user.
    /// </summary>
    public class PlaceOrderCommand : HystrixCommand<int>
    {
        private readonly IOrderService _orders;
        private readonly ILogger<PlaceOrderCommand> _logger;
        private Order _order;
        private string _cartId;

        public PlaceOrderCommand(IHystrixCommandOptions options, IOrderService orders, ILogger<PlaceOrderCommand> logger)
            : base(options)
        {
            _orders = orders;
            _logger = logger;
        }

        public Task<int> PlaceOrderAsync(Order order, string cartId)
        {
            _order = order;
            _cartId = cartId;
            return ExecuteAsync();
        }

        protected override async Task<int> RunAsync()
        {
            var id = await _orders.AddOrderAsync(_order, _cartId);
            _logger.LogInformation("Order {OrderId} accepted for {User}", id, _order.Username);
            return id;
        }
    }
}
