using System.Linq;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using OrderService.Models;
using RabbitMQ.Client;
using TuneCrate.Shared.Messaging;

namespace OrderService.Messaging
{
    public interface IOrderEventPublisher
    {
        void PublishOrderPlaced(Order order, string cartId);
    }

    public class OrderEventOptions
    {
        public string Exchange { get; set; } = RabbitTopology.OrdersExchange;
        public string RoutingKey { get; set; } = RabbitTopology.OrderPlacedRoutingKey;
        public bool PublishEvents { get; set; } = true;
    }

    /// <summary>
    /// Publishes order.placed to the orders fanout exchange. ConnectionFactory is supplied by
    /// Steeltoe's RabbitMQ connector (bound tcRabbit service, or rabbitmq:client:* settings).
    /// </summary>
    public class OrderEventPublisher : IOrderEventPublisher
    {
        private readonly ConnectionFactory _factory;
        private readonly OrderEventOptions _options;
        private readonly ILogger<OrderEventPublisher> _logger;

        public OrderEventPublisher(ConnectionFactory factory, IOptions<OrderEventOptions> options,
            ILogger<OrderEventPublisher> logger)
        {
            _factory = factory;
            _options = options.Value;
            _logger = logger;
        }

        public void PublishOrderPlaced(Order order, string cartId)
        {
            if (!_options.PublishEvents)
            {
                return;
            }

            var evt = new OrderPlacedEvent
            {
                OrderId = order.OrderId,
                Username = order.Username,
                CartId = cartId,
                OrderDate = order.OrderDate,
                Total = order.Total,
                Lines = order.OrderDetails.Select(d => new OrderPlacedLine
                {
                    AlbumId = d.AlbumId,
                    Quantity = d.Quantity,
                    UnitPrice = d.UnitPrice
                }).ToList()
            };

            using (var connection = _factory.CreateConnection())
            using (var channel = connection.CreateModel())
            {
                RabbitTopology.DeclareOrdersExchange(channel, _options.Exchange);
                var props = channel.CreateBasicProperties();
                props.Persistent = true;
                props.ContentType = "application/json";
                var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(evt));
                channel.BasicPublish(_options.Exchange, _options.RoutingKey, props, body);
            }

            _logger.LogInformation("Published order.placed for order {OrderId}", order.OrderId);
        }
    }
}
