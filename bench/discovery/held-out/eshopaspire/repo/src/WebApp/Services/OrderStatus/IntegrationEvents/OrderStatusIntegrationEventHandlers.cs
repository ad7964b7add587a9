using Tidewater.EventBus.Abstractions;
using Tidewater.EventBus.Events;

namespace Tidewater.WebApp.Services.OrderStatus.IntegrationEvents;

public record OrderStatusChangedToAwaitingValidationIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;
public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;
public record OrderStatusChangedToStockConfirmedIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;
public record OrderStatusChangedToShippedIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;
public record OrderStatusChangedToCancelledIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;
public record OrderStatusChangedToSubmittedIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, string BuyerIdentityGuid) : IntegrationEvent;

public abstract class OrderStatusHandlerBase(OrderStatusNotificationService notificationService, ILogger logger)
{
    protected async Task NotifyAsync(int orderId, string buyerIdentityGuid, string status, IntegrationEvent @event)
    {
        logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);
        await notificationService.NotifyOrderStatusChangedAsync(buyerIdentityGuid);
    }
}

public class OrderStatusChangedToAwaitingValidationIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToAwaitingValidationIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToAwaitingValidationIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToAwaitingValidationIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}

public class OrderStatusChangedToPaidIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToPaidIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToPaidIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToPaidIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}

public class OrderStatusChangedToStockConfirmedIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToStockConfirmedIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToStockConfirmedIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToStockConfirmedIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}

public class OrderStatusChangedToShippedIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToShippedIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToShippedIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToShippedIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}

public class OrderStatusChangedToCancelledIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToCancelledIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToCancelledIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToCancelledIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}

public class OrderStatusChangedToSubmittedIntegrationEventHandler(OrderStatusNotificationService n, ILogger<OrderStatusChangedToSubmittedIntegrationEventHandler> l)
    : OrderStatusHandlerBase(n, l), IIntegrationEventHandler<OrderStatusChangedToSubmittedIntegrationEvent>
{
    public Task Handle(OrderStatusChangedToSubmittedIntegrationEvent e) => NotifyAsync(e.OrderId, e.BuyerIdentityGuid, e.OrderStatus, e);
}
