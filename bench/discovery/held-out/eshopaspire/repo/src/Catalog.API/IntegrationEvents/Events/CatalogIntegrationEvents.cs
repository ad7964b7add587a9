using Tidewater.EventBus.Events;

namespace Tidewater.Catalog.API.IntegrationEvents.Events;

// Published by catalog-api
public record ProductPriceChangedIntegrationEvent(int ProductId, decimal NewPrice, decimal OldPrice) : IntegrationEvent;

public record OrderStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderStockRejectedIntegrationEvent(int OrderId, List<ConfirmedOrderStockItem> OrderStockItems) : IntegrationEvent;

public record ConfirmedOrderStockItem(int ProductId, bool HasStock);

// Consumed by catalog-api
public record OrderStatusChangedToAwaitingValidationIntegrationEvent(int OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStockItem(int ProductId, int Units);
