using Dapr;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Larkspur.Services.Payment.API.Controllers;

[Route("api/v1/[controller]")]
[ApiController]
public class IntegrationEventController : ControllerBase
{
    private readonly IEventBus _eventBus;
    private readonly IOptionsMonitor<PaymentSettings> _settings;
    private readonly ILogger<IntegrationEventController> _logger;

    public IntegrationEventController(
        IEventBus eventBus,
        IOptionsMonitor<PaymentSettings> settings,
        ILogger<IntegrationEventController> logger)
    {
        _eventBus = eventBus;
        _settings = settings;
        _logger = logger;
    }

    [HttpPost("OrderStatusChangedToValidated")]
    [Topic(DaprEventBus.PubSubName, "OrderStatusChangedToValidatedIntegrationEvent")]
    public async Task HandleAsync(OrderStatusChangedToValidatedIntegrationEvent integrationEvent)
    {
        // Business feature comment:
        // When the order is validated, the payment is simulated here. A real implementation
        // would call a payment gateway; this demo decides from configuration.
        var settings = _settings.CurrentValue;
        var succeeded = settings.PaymentSucceeded &&
            (!settings.MaxOrderTotal.HasValue || integrationEvent.Total <= settings.MaxOrderTotal.Value);

        IntegrationEvent outcome = succeeded
            ? new OrderPaymentSucceededIntegrationEvent(integrationEvent.OrderId)
            : new OrderPaymentFailedIntegrationEvent(integrationEvent.OrderId);

        _logger.LogInformation("Payment for order {OrderId}: {Outcome}", integrationEvent.OrderId, succeeded ? "succeeded" : "failed");

        await _eventBus.PublishAsync(outcome);
    }
}

public class PaymentSettings
{
    public bool PaymentSucceeded { get; set; }

    public decimal? MaxOrderTotal { get; set; }
}

public record OrderStatusChangedToValidatedIntegrationEvent(Guid OrderId, decimal Total) : IntegrationEvent;

public record OrderPaymentSucceededIntegrationEvent(Guid OrderId) : IntegrationEvent;

public record OrderPaymentFailedIntegrationEvent(Guid OrderId) : IntegrationEvent;
