using Dapr;
using Dapr.Actors;
using Dapr.Actors.Client;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.Services.Ordering.API.Actors;
using Larkspur.Services.Ordering.API.IntegrationEvents;
using Microsoft.AspNetCore.Mvc;

namespace Larkspur.Services.Ordering.API.Controllers;

[Route("api/v1/[controller]")]
[ApiController]
public class IntegrationEventController : ControllerBase
{
    private const string DaprPubSubName = DaprEventBus.PubSubName;

    private readonly ILogger<IntegrationEventController> _logger;

    public IntegrationEventController(ILogger<IntegrationEventController> logger) => _logger = logger;

    [HttpPost("UserCheckoutAccepted")]
    [Topic(DaprPubSubName, "UserCheckoutAcceptedIntegrationEvent")]
    public async Task HandleAsync(UserCheckoutAcceptedIntegrationEvent integrationEvent)
    {
        if (integrationEvent.RequestId == Guid.Empty)
        {
            _logger.LogWarning("Invalid IntegrationEvent - RequestId is missing - {@IntegrationEvent}", integrationEvent);
            return;
        }

        await GetOrderingProcessActor(integrationEvent.RequestId).SubmitAsync(integrationEvent);
    }

    [HttpPost("OrderStockConfirmed")]
    [Topic(DaprPubSubName, "OrderStockConfirmedIntegrationEvent")]
    public Task HandleAsync(OrderStockConfirmedIntegrationEvent integrationEvent) =>
        GetOrderingProcessActor(integrationEvent.OrderId).NotifyStockConfirmedAsync();

    [HttpPost("OrderStockRejected")]
    [Topic(DaprPubSubName, "OrderStockRejectedIntegrationEvent")]
    public Task HandleAsync(OrderStockRejectedIntegrationEvent integrationEvent) =>
        GetOrderingProcessActor(integrationEvent.OrderId).NotifyStockRejectedAsync();

    [HttpPost("OrderPaymentSucceeded")]
    [Topic(DaprPubSubName, "OrderPaymentSucceededIntegrationEvent")]
    public Task HandleAsync(OrderPaymentSucceededIntegrationEvent integrationEvent) =>
        GetOrderingProcessActor(integrationEvent.OrderId).NotifyPaymentSucceededAsync();

    [HttpPost("OrderPaymentFailed")]
    [Topic(DaprPubSubName, "OrderPaymentFailedIntegrationEvent")]
    public Task HandleAsync(OrderPaymentFailedIntegrationEvent integrationEvent) =>
        GetOrderingProcessActor(integrationEvent.OrderId).NotifyPaymentFailedAsync();

    private static IOrderingProcessActor GetOrderingProcessActor(Guid orderId) =>
        ActorProxy.Create<IOrderingProcessActor>(new ActorId(orderId.ToString()), nameof(OrderingProcessActor));
}
