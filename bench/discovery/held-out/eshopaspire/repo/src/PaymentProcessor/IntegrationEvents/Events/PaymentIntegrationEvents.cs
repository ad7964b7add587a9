using Tidewater.EventBus.Events;

namespace Tidewater.PaymentProcessor.IntegrationEvents.Events;

public record OrderStatusChangedToStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderPaymentSucceededIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderPaymentFailedIntegrationEvent(int OrderId) : IntegrationEvent;
