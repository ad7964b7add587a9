using RabbitMQ.Client;

namespace TuneCrate.Shared.Messaging
{
    /// <summary>
    /// Exchange / routing names shared by the publisher (orderservice) and the consumers.
    /// </summary>
    public static class RabbitTopology
    {
        public const string OrdersExchange = "tunecrate.orders";
        public const string OrderPlacedRoutingKey = "order.placed";

        public static void DeclareOrdersExchange(IModel channel, string exchange = OrdersExchange)
        {
            channel.ExchangeDeclare(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        }

        public static string BindQueue(IModel channel, string queue, string exchange = OrdersExchange)
        {
            DeclareOrdersExchange(channel, exchange);
            channel.QueueDeclare(queue, durable: true, exclusive: false, autoDelete: false);
            channel.QueueBind(queue, exchange, OrderPlacedRoutingKey);
            return queue;
        }
    }
}
