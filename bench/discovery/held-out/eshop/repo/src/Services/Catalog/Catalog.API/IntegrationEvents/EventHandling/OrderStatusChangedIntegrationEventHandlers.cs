using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBus.Events;
using Northwind.Services.Catalog.API.Infrastructure;
using Northwind.Services.Catalog.API.IntegrationEvents.Events;

namespace Northwind.Services.Catalog.API.IntegrationEvents.EventHandling;

public class OrderStatusChangedToAwaitingValidationIntegrationEventHandler
    : IIntegrationEventHandler<OrderStatusChangedToAwaitingValidationIntegrationEvent>
{
    private readonly CatalogContext _catalogContext;
    private readonly ICatalogIntegrationEventService _catalogIntegrationEventService;
    private readonly ILogger<OrderStatusChangedToAwaitingValidationIntegrationEventHandler> _logger;

    public OrderStatusChangedToAwaitingValidationIntegrationEventHandler(
        CatalogContext catalogContext,
        ICatalogIntegrationEventService catalogIntegrationEventService,
        ILogger<OrderStatusChangedToAwaitingValidationIntegrationEventHandler> logger)
    {
        _catalogContext = catalogContext;
        _catalogIntegrationEventService = catalogIntegrationEventService;
        _logger = logger;
    }

    public async Task Handle(OrderStatusChangedToAwaitingValidationIntegrationEvent @event)
    {
        _logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);

        var confirmedOrderStockItems = new List<ConfirmedOrderStockItem>();
        foreach (var orderStockItem in @event.OrderStockItems)
        {
            var catalogItem = _catalogContext.CatalogItems.Find(orderStockItem.ProductId);
            var hasStock = catalogItem != null && catalogItem.AvailableStock >= orderStockItem.Units;
            confirmedOrderStockItems.Add(new ConfirmedOrderStockItem(orderStockItem.ProductId, hasStock));
        }

        IntegrationEvent confirmedIntegrationEvent = confirmedOrderStockItems.Any(c => !c.HasStock)
            ? new OrderStockRejectedIntegrationEvent(@event.OrderId, confirmedOrderStockItems)
            : new OrderStockConfirmedIntegrationEvent(@event.OrderId);

        await _catalogIntegrationEventService.SaveEventAndCatalogContextChangesAsync(confirmedIntegrationEvent);
        await _catalogIntegrationEventService.PublishThroughEventBusAsync(confirmedIntegrationEvent);
    }
}

public class OrderStatusChangedToPaidIntegrationEventHandler
    : IIntegrationEventHandler<OrderStatusChangedToPaidIntegrationEvent>
{
    private readonly CatalogContext _catalogContext;

    public OrderStatusChangedToPaidIntegrationEventHandler(CatalogContext catalogContext)
    {
        _catalogContext = catalogContext;
    }

    public async Task Handle(OrderStatusChangedToPaidIntegrationEvent @event)
    {
        foreach (var orderStockItem in @event.OrderStockItems)
        {
            var catalogItem = _catalogContext.CatalogItems.Find(orderStockItem.ProductId);
            catalogItem?.RemoveStock(orderStockItem.Units);
        }
        await _catalogContext.SaveChangesAsync();
    }
}
