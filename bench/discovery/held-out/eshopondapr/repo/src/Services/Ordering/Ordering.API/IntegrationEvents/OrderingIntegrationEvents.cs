using Larkspur.BuildingBlocks.EventBus.Abstractions;

namespace Larkspur.Services.Ordering.API.IntegrationEvents;

public record OrderStockItem(int ProductId, int Units);

public record UserCheckoutAcceptedIntegrationEvent(
    string UserId, string UserName, string UserEmail, string City, string Street, string State,
    string Country, string ZipCode, string CardNumber, string CardHolderName, DateTime CardExpiration,
    string CardSecurityNumber, Guid RequestId, CustomerBasketDto Basket) : IntegrationEvent;

public record CustomerBasketDto(string BuyerId, List<BasketItemDto> Items);

public record BasketItemDto(int ProductId, string ProductName, decimal UnitPrice, int Quantity, string? PictureUrl);

public record OrderStatusChangedToSubmittedIntegrationEvent(
    Guid OrderId, string OrderStatus, string BuyerId, string BuyerName) : IntegrationEvent;

public record OrderStatusChangedToAwaitingStockValidationIntegrationEvent(
    Guid OrderId, string OrderStatus, string Description, IEnumerable<OrderStockItem> OrderStockItems,
    string BuyerId) : IntegrationEvent;

public record OrderStatusChangedToValidatedIntegrationEvent(
    Guid OrderId, string OrderStatus, string Description, decimal Total, string BuyerId) : IntegrationEvent;

public record OrderStatusChangedToPaidIntegrationEvent(
    Guid OrderId, string OrderStatus, string Description, IEnumerable<OrderStockItem> OrderStockItems,
    string BuyerId) : IntegrationEvent;

public record OrderStatusChangedToCancelledIntegrationEvent(
    Guid OrderId, string OrderStatus, string Description, string BuyerId) : IntegrationEvent;

public record OrderStockConfirmedIntegrationEvent(Guid OrderId) : IntegrationEvent;

public record OrderStockRejectedIntegrationEvent(Guid OrderId) : IntegrationEvent;

public record OrderPaymentSucceededIntegrationEvent(Guid OrderId) : IntegrationEvent;

public record OrderPaymentFailedIntegrationEvent(Guid OrderId) : IntegrationEvent;
