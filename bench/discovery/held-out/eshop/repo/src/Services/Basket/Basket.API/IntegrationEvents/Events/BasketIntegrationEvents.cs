using Northwind.BuildingBlocks.EventBus.Events;
using Northwind.Services.Basket.API.Model;

namespace Northwind.Services.Basket.API.IntegrationEvents.Events;

// Published by Catalog.API when a product's price changes
public record ProductPriceChangedIntegrationEvent(int ProductId, decimal NewPrice, decimal OldPrice) : IntegrationEvent;

// Published by Ordering.API once the order has been created; the basket is then emptied
public record OrderStartedIntegrationEvent(string UserId) : IntegrationEvent;

// Published by Basket.API on checkout
public record UserCheckoutAcceptedIntegrationEvent(
    string UserId,
    string UserName,
    string City,
    string Street,
    string State,
    string Country,
    string ZipCode,
    string CardNumber,
    string CardHolderName,
    DateTime CardExpiration,
    string CardSecurityNumber,
    int CardTypeId,
    string Buyer,
    Guid RequestId,
    CustomerBasket Basket) : IntegrationEvent;
