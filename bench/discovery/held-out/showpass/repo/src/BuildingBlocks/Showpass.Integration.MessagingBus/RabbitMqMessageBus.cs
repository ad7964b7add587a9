using System.Text;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;
using RabbitMQ.Client;

namespace Showpass.Integration.MessagingBus;

/// <summary>
/// Alternative transport kept for on-prem pilots. Selected with MessageBus:Provider = "RabbitMQ".
/// </summary>
public class RabbitMqMessageBus : IMessageBus
{
    private readonly ConnectionFactory _factory;

    public RabbitMqMessageBus(IConfiguration configuration)
    {
        _factory = new ConnectionFactory
        {
            HostName = configuration["RabbitMQ:HostName"] ?? "rabbitmq",
            UserName = configuration["RabbitMQ:UserName"] ?? "guest",
            Password = configuration["RabbitMQ:Password"] ?? "guest"
        };
    }

    public Task PublishMessage(IntegrationBaseMessage message, string topicName)
    {
        using var connection = _factory.CreateConnection();
        using var channel = connection.CreateModel();
        channel.ExchangeDeclare(topicName, ExchangeType.Fanout, durable: true);

        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(message));
        channel.BasicPublish(exchange: topicName, routingKey: string.Empty, basicProperties: null, body: body);
        return Task.CompletedTask;
    }
}
