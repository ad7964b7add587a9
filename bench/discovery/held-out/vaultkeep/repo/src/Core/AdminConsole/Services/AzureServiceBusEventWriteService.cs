using System.Text.Json;
using Azure.Messaging.ServiceBus;
using Vaultkeep.Core.Models.Data;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.AdminConsole.Services;

/// <summary>
/// Publishes organization events to the Service Bus topic consumed by the Slack / webhook
/// integration handlers. Enabled by the event-based-organization-integrations feature flag.
/// </summary>
public class AzureServiceBusEventWriteService : IEventWriteService, IAsyncDisposable
{
    private readonly ServiceBusClient _client;
    private readonly ServiceBusSender _sender;

    public AzureServiceBusEventWriteService(ServiceBusClient client, GlobalSettings globalSettings)
    {
        _client = client;
        _sender = _client.CreateSender(globalSettings.ServiceBus.EventTopicName);
    }

    public async Task CreateAsync(IEvent e)
    {
        var message = new ServiceBusMessage(JsonSerializer.SerializeToUtf8Bytes(e))
        {
            ContentType = "application/json"
        };
        await _sender.SendMessageAsync(message);
    }

    public async Task CreateManyAsync(IEnumerable<IEvent> events)
    {
        var message = new ServiceBusMessage(JsonSerializer.SerializeToUtf8Bytes(events))
        {
            ContentType = "application/json"
        };
        await _sender.SendMessageAsync(message);
    }

    public async ValueTask DisposeAsync()
    {
        await _sender.DisposeAsync();
        await _client.DisposeAsync();
    }
}
