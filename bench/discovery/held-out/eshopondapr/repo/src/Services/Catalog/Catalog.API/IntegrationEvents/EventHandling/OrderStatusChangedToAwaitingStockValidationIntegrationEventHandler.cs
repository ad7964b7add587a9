using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Catalog.API.Infrastructure;
using Larkspur.Services.Catalog.API.IntegrationEvents.Events;

namespace Larkspur.Services.Catalog.API.IntegrationEvents.EventHandling;

public class OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler
{
    private readonly CatalogDbContext _context;
    private readonly IEventBus _eventBus;
    private readonly ILogger<OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler> _logger;

    public OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler(
        CatalogDbContext context,
        IEventBus eventBus,
        ILogger<OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler> logger)
    {
        _context = context;
        _eventBus = eventBus;
        _logger = logger;
    }

    public async Task Handle(OrderStatusChangedToAwaitingStockValidationIntegrationEvent @event)
    {
        _logger.LogInformation("Validating stock for order {OrderId}", @event.OrderId);

        var confirmedItems = new List<ConfirmedOrderStockItem>();
        foreach (var orderStockItem in @event.OrderStockItems)
        {
            var catalogItem = await _context.CatalogItems.FindAsync(orderStockItem.ProductId);
            var hasStock = catalogItem is not null && catalogItem.AvailableStock >= orderStockItem.Units;
            confirmedItems.Add(new ConfirmedOrderStockItem(orderStockItem.ProductId, hasStock));
        }

        IntegrationEventOutcome(confirmedItems, @event.OrderId, out var outcome);
        await _eventBus.PublishAsync(outcome);
    }

    private static void IntegrationEventOutcome(
        List<ConfirmedOrderStockItem> items, Guid orderId, out Larkspur.BuildingBlocks.EventBus.Abstractions.IntegrationEvent outcome)
    {
        outcome = items.Any(c => !c.HasStock)
            ? new OrderStockRejectedIntegrationEvent(orderId, items)
            : new OrderStockConfirmedIntegrationEvent(orderId);
    }
}

public class OrderStatusChangedToPaidIntegrationEventHandler
{
    private readonly CatalogDbContext _context;

    public OrderStatusChangedToPaidIntegrationEventHandler(CatalogDbContext context) => _context = context;

    public async Task Handle(OrderStatusChangedToPaidIntegrationEvent @event)
    {
        foreach (var orderStockItem in @event.OrderStockItems)
        {
            var catalogItem = await _context.CatalogItems.FindAsync(orderStockItem.ProductId);
            catalogItem?.RemoveStock(orderStockItem.Units);
        }

        await _context.SaveChangesAsync();
    }
}
