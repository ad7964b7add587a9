using System.Text;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;

namespace Showpass.Integration.MessagingBus;

/// <summary>
/// Publishes integration messages to an Azure Service Bus topic. The namespace comes from the
/// "ServiceBusConnectionString" setting (env var in docker-compose.override.yml).
/// </summary>
public class AzServiceBusMessageBus : IMessageBus, IAsyncDisposable
{
    private readonly ServiceBusClient _client;

    public AzServiceBusMessageBus(IConfiguration configuration)
    {
        var connectionString = configuration["ServiceBusConnectionString"]
            ?? throw new InvalidOperationException("ServiceBusConnectionString is not configured");
        _client = new ServiceBusClient(connectionString);
    }

    public async Task PublishMessage(IntegrationBaseMessage message, string topicName)
    {
        await using var sender = _client.CreateSender(topicName);

        var jsonMessage = JsonConvert.SerializeObject(message);
        var serviceBusMessage = new ServiceBusMessage(Encoding.UTF8.GetBytes(jsonMessage))
        {
            CorrelationId = Guid.NewGuid().ToString(),
            Subject = message.GetType().Name
        };

        await sender.SendMessageAsync(serviceBusMessage);
        Console.WriteLine($"Sent message to {topicName}");
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();
}
