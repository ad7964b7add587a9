using Dapr;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.Services.Catalog.API.IntegrationEvents.EventHandling;
using Larkspur.Services.Catalog.API.IntegrationEvents.Events;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Services.Catalog.API.Controllers;

[Route("api/v1/[controller]")]
[ApiController]
public class IntegrationEventController : ControllerBase
{
    [HttpPost("OrderStatusChangedToAwaitingStockValidation")]
    [Topic(DaprEventBus.PubSubName, nameof(OrderStatusChangedToAwaitingStockValidationIntegrationEvent))]
    public Task HandleAsync(
        OrderStatusChangedToAwaitingStockValidationIntegrationEvent @event,
        [FromServices] OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler handler) =>
        handler.Handle(@event);

    [HttpPost("OrderStatusChangedToPaid")]
    [Topic(DaprEventBus.PubSubName, nameof(OrderStatusChangedToPaidIntegrationEvent))]
    public Task HandleAsync(
        OrderStatusChangedToPaidIntegrationEvent @event,
        [FromServices] OrderStatusChangedToPaidIntegrationEventHandler handler) =>
        handler.Handle(@event);
}
