using Northwind.BuildingBlocks.EventBus.Events;

namespace Northwind.Services.Ordering.API.Application.IntegrationEvents.Events;

public record OrderStockItem(int ProductId, int Units);
public record ConfirmedOrderStockItem(int ProductId, bool HasStock);
public record BasketItem(string Id, int ProductId, string ProductName, decimal UnitPrice, decimal OldUnitPrice, int Quantity, string PictureUrl);
public record CustomerBasket(string BuyerId, List<BasketItem> Items);

// ---- consumed
public record UserCheckoutAcceptedIntegrationEvent(
    string UserId, string UserName, string City, string Street, string State, string Country, string ZipCode,
    string CardNumber, string CardHolderName, DateTime CardExpiration, string CardSecurityNumber, int CardTypeId,
    string Buyer, Guid RequestId, CustomerBasket Basket) : IntegrationEvent;

public record GracePeriodConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;
public record OrderStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;
public record OrderStockRejectedIntegrationEvent(int OrderId, List<ConfirmedOrderStockItem> OrderStockItems) : IntegrationEvent;
public record OrderPaymentFailedIntegrationEvent(int OrderId) : IntegrationEvent;
public record OrderPaymentSucceededIntegrationEvent(int OrderId) : IntegrationEvent;

// ---- published
public record OrderStartedIntegrationEvent(string UserId) : IntegrationEvent;
public record OrderStatusChangedToSubmittedIntegrationEvent(int OrderId, string OrderStatus, string BuyerName) : IntegrationEvent;
public record OrderStatusChangedToAwaitingValidationIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;
public record OrderStatusChangedToStockConfirmedIntegrationEvent(int OrderId, string OrderStatus, string BuyerName) : IntegrationEvent;
public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, string OrderStatus, string BuyerName, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;
public record OrderStatusChangedToCancelledIntegrationEvent(int OrderId, string OrderStatus, string BuyerName) : IntegrationEvent;
