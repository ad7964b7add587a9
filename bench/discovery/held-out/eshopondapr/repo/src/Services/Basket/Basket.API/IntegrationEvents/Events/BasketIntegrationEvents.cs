using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Basket.API.Model;

namespace Larkspur.Services.Basket.API.IntegrationEvents.Events;

public record UserCheckoutAcceptedIntegrationEvent(
    string UserId, string UserName, string City, string Street, string State, string Country,
    string ZipCode, string CardNumber, string CardHolderName, DateTime CardExpiration,
    string CardSecurityNumber, Guid RequestId, CustomerBasket Basket) : IntegrationEvent;

public record OrderStatusChangedToSubmittedIntegrationEvent(
    Guid OrderId, string OrderStatus, string BuyerId, string BuyerName) : IntegrationEvent;
