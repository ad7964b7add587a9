using Larkspur.Services.Basket.API.Infrastructure.Repositories;
using Dapr;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.Services.Basket.API.IntegrationEvents.Events;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Services.Basket.API.Controllers;

[Route("api/v1/[controller]")]
[ApiController]
public class IntegrationEventController : ControllerBase
{
    [HttpPost("OrderStatusChangedToSubmitted")]
    [Topic(DaprEventBus.PubSubName, "OrderStatusChangedToSubmittedIntegrationEvent")]
    public Task HandleAsync(
        OrderStatusChangedToSubmittedIntegrationEvent integrationEvent,
        [FromServices] OrderStatusChangedToSubmittedIntegrationEventHandler handler) =>
        handler.Handle(integrationEvent);
}

public class OrderStatusChangedToSubmittedIntegrationEventHandler
{
    private readonly IBasketRepository _repository;
    private readonly ILogger<OrderStatusChangedToSubmittedIntegrationEventHandler> _logger;

    public OrderStatusChangedToSubmittedIntegrationEventHandler(
        IBasketRepository repository,
        ILogger<OrderStatusChangedToSubmittedIntegrationEventHandler> logger)
    {
        _repository = repository;
        _logger = logger;
    }

    public async Task Handle(OrderStatusChangedToSubmittedIntegrationEvent @event)
    {
        _logger.LogInformation("Deleting basket for buyer {BuyerId} (order {OrderId})", @event.BuyerId, @event.OrderId);
        await _repository.DeleteBasketAsync(@event.BuyerId);
    }
}
