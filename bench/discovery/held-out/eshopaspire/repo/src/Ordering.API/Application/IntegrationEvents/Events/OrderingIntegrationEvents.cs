using Tidewater.EventBus.Events;

namespace Tidewater.Ordering.API.Application.IntegrationEvents.Events;

// ---- published by ordering-api ----
public record OrderStartedIntegrationEvent(string UserId) : IntegrationEvent;

public record OrderStatusChangedToAwaitingValidationIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStatusChangedToStockConfirmedIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;

public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStatusChangedToShippedIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;

public record OrderStatusChangedToCancelledIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;

public record OrderStatusChangedToSubmittedIntegrationEvent(int OrderId, OrderStatus OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;

public record OrderStockItem(int ProductId, int Units);

// ---- consumed by ordering-api ----
public record GracePeriodConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderStockRejectedIntegrationEvent(int OrderId, List<ConfirmedOrderStockItem> OrderStockItems) : IntegrationEvent;

public record ConfirmedOrderStockItem(int ProductId, bool HasStock);

public record OrderPaymentFailedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderPaymentSucceededIntegrationEvent(int OrderId) : IntegrationEvent;
