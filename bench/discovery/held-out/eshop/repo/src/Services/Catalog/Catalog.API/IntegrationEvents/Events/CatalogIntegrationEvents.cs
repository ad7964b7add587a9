using Northwind.BuildingBlocks.EventBus.Events;

namespace Northwind.Services.Catalog.API.IntegrationEvents.Events;

// Published by Catalog.API
public record ProductPriceChangedIntegrationEvent(int ProductId, decimal NewPrice, decimal OldPrice) : IntegrationEvent;

public record OrderStockConfirmedIntegrationEvent(int OrderId) : IntegrationEvent;

public record OrderStockRejectedIntegrationEvent(int OrderId, List<ConfirmedOrderStockItem> OrderStockItems) : IntegrationEvent;

public record ConfirmedOrderStockItem(int ProductId, bool HasStock);

// Consumed by Catalog.API (owned by Ordering.API)
public record OrderStockItem(int ProductId, int Units);

public record OrderStatusChangedToAwaitingValidationIntegrationEvent(int OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStatusChangedToPaidIntegrationEvent(int OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;
