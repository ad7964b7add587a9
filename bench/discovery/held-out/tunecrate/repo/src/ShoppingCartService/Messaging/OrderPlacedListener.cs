using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using ShoppingCartService.Models;
using TuneCrate.Shared.Messaging;

namespace ShoppingCartService.Messaging
{
    /// <summary>
    /// Empties the customer's cart once orderservice has accepted the order.
    /// </summary>
    public class OrderPlacedListener : RabbitConsumerBase<OrderPlacedEvent>
    {
        private readonly IServiceScopeFactory _scopes;
        private readonly CartOptions _options;

        public OrderPlacedListener(ConnectionFactory factory, IServiceScopeFactory scopes,
            IOptions<CartOptions> options, ILogger<OrderPlacedListener> logger)
            : base(factory, logger)
        {
            _scopes = scopes;
            _options = options.Value;
        }

        protected override string QueueName => _options.OrderPlacedQueue;

        protected override async Task HandleAsync(OrderPlacedEvent message, CancellationToken token)
        {
            using (var scope = _scopes.CreateScope())
            {
                var carts = scope.ServiceProvider.GetRequiredService<ICartRepository>();
                await carts.EmptyAsync(message.CartId);
            }
            Logger.LogInformation("Emptied cart {CartId} after order {OrderId}", message.CartId, message.OrderId);
        }
    }
}
