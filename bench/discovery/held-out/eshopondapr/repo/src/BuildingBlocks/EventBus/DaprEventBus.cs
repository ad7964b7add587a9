using Dapr.Client;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Microsoft.Extensions.Logging;

namespace Larkspur.BuildingBlocks.EventBus;

/// <summary>
/// Publishes integration events through the Dapr pub/sub building block. The topic name
/// is the event type name, so subscribers use [Topic(PubSubName, nameof(TheEvent))].
/// </summary>
public class DaprEventBus : IEventBus
{
    public const string PubSubName = "pubsub";

    private readonly DaprClient _dapr;
    private readonly ILogger<DaprEventBus> _logger;

    public DaprEventBus(DaprClient dapr, ILogger<DaprEventBus> logger)
    {
        _dapr = dapr;
        _logger = logger;
    }

    public async Task PublishAsync(IntegrationEvent integrationEvent)
    {
        var topicName = integrationEvent.GetType().Name;

        _logger.LogInformation(
            "Publishing event {@Event} to {PubsubName}.{TopicName}",
            integrationEvent,
            PubSubName,
            topicName);

        // Cast to object so the serializer writes the runtime type's properties.
        await _dapr.PublishEventAsync(PubSubName, topicName, (object)integrationEvent);
    }
}
