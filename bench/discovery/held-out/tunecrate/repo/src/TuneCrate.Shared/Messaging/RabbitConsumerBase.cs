using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace TuneCrate.Shared.Messaging
{
    /// <summary>
    /// Hosted service that binds a durable queue to the orders exchange and dispatches
    /// deserialized messages to <see cref="HandleAsync"/>. The connection factory is the one
    /// registered by Steeltoe's AddRabbitMQConnection (bound from rabbitmq:client or VCAP_SERVICES).
    /// </summary>
    public abstract class RabbitConsumerBase<TMessage> : BackgroundService
    {
        private readonly ConnectionFactory _factory;
        private IConnection _connection;
        private IModel _channel;

        protected ILogger Logger { get; }

        protected RabbitConsumerBase(ConnectionFactory factory, ILogger logger)
        {
            _factory = factory;
            Logger = logger;
        }

        protected abstract string QueueName { get; }

        protected abstract Task HandleAsync(TMessage message, CancellationToken token);

        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _connection = _factory.CreateConnection();
            _channel = _connection.CreateModel();
            var queue = RabbitTopology.BindQueue(_channel, QueueName);
            _channel.BasicQos(0, 10, false);

            var consumer = new EventingBasicConsumer(_channel);
            consumer.Received += async (sender, args) =>
            {
                try
                {
                    var json = Encoding.UTF8.GetString(args.Body);
                    var message = JsonConvert.DeserializeObject<TMessage>(json);
                    await HandleAsync(message, stoppingToken);
                    _channel.BasicAck(args.DeliveryTag, false);
                }
                catch (Exception ex)
                {
                    Logger.LogError(ex, "Failed handling message from {Queue}", queue);
                    _channel.BasicNack(args.DeliveryTag, false, requeue: false);
                }
            };
            _channel.BasicConsume(queue, autoAck: false, consumer: consumer);
            Logger.LogInformation("Consuming {Queue}", queue);
            return Task.CompletedTask;
        }

        public override void Dispose()
        {
            _channel?.Close();
            _connection?.Close();
            base.Dispose();
        }
    }
}
