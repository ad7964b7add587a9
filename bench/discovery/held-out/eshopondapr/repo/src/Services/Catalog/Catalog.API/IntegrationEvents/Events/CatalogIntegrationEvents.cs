using Larkspur.BuildingBlocks.EventBus.Abstractions;

namespace Larkspur.Services.Catalog.API.IntegrationEvents.Events;

public record OrderStockItem(int ProductId, int Units);

public record ConfirmedOrderStockItem(int ProductId, bool HasStock);

public record OrderStatusChangedToAwaitingStockValidationIntegrationEvent(
    Guid OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStatusChangedToPaidIntegrationEvent(
    Guid OrderId, IEnumerable<OrderStockItem> OrderStockItems) : IntegrationEvent;

public record OrderStockConfirmedIntegrationEvent(Guid OrderId) : IntegrationEvent;

public record OrderStockRejectedIntegrationEvent(
    Guid OrderId, List<ConfirmedOrderStockItem> OrderStockItems) : IntegrationEvent;
