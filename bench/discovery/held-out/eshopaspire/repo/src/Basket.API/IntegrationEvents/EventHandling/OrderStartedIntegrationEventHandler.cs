using Tidewater.Basket.API.IntegrationEvents.Events;
using Tidewater.Basket.API.Repositories;
using Tidewater.EventBus.Abstractions;

namespace Tidewater.Basket.API.IntegrationEvents.EventHandling;

public class OrderStartedIntegrationEventHandler(
    IBasketRepository repository,
    ILogger<OrderStartedIntegrationEventHandler> logger) : IIntegrationEventHandler<OrderStartedIntegrationEvent>
{
    public async Task Handle(OrderStartedIntegrationEvent @event)
    {
        logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);

        // The order has been placed: empty the shopper's basket.
        await repository.DeleteBasketAsync(@event.UserId);
    }
}
