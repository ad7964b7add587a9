using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBus.Events;

namespace Northwind.Services.Ordering.API.Application.IntegrationEvents;

public interface IOrderingIntegrationEventService
{
    Task PublishEventsThroughEventBusAsync(IEnumerable<IntegrationEvent> events);
}

public class OrderingIntegrationEventService : IOrderingIntegrationEventService
{
    private readonly IEventBus _eventBus;
    private readonly ILogger<OrderingIntegrationEventService> _logger;

    public OrderingIntegrationEventService(IEventBus eventBus, ILogger<OrderingIntegrationEventService> logger)
    {
        _eventBus = eventBus ?? throw new ArgumentNullException(nameof(eventBus));
        _logger = logger;
    }

    public Task PublishEventsThroughEventBusAsync(IEnumerable<IntegrationEvent> events)
    {
        foreach (var evt in events)
        {
            _logger.LogInformation("Publishing integration event: {IntegrationEventId} - ({@IntegrationEvent})", evt.Id, evt);
            try
            {
                _eventBus.Publish(evt);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Error publishing integration event: {IntegrationEventId}", evt.Id);
            }
        }
        return Task.CompletedTask;
    }
}
