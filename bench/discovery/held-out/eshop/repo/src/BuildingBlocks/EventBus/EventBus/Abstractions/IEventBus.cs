using Northwind.BuildingBlocks.EventBus.Events;

namespace Northwind.BuildingBlocks.EventBus.Abstractions;

/// <summary>
/// Publishes integration events to other services and routes incoming ones to handlers.
/// The transport is an implementation detail (RabbitMQ today, see EventBusRabbitMQ).
/// </summary>
public interface IEventBus
{
    void Publish(IntegrationEvent @event);

    void Subscribe<T, TH>()
        where T : IntegrationEvent
        where TH : IIntegrationEventHandler<T>;

    void Unsubscribe<T, TH>()
        where T : IntegrationEvent
        where TH : IIntegrationEventHandler<T>;
}
