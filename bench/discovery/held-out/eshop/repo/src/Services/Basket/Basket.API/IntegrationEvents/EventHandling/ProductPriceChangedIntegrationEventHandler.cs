using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.Services.Basket.API.Infrastructure;
using Northwind.Services.Basket.API.IntegrationEvents.Events;
using Northwind.Services.Basket.API.Model;

namespace Northwind.Services.Basket.API.IntegrationEvents.EventHandling;

public class ProductPriceChangedIntegrationEventHandler : IIntegrationEventHandler<ProductPriceChangedIntegrationEvent>
{
    private readonly ILogger<ProductPriceChangedIntegrationEventHandler> _logger;
    private readonly IBasketRepository _repository;

    public ProductPriceChangedIntegrationEventHandler(ILogger<ProductPriceChangedIntegrationEventHandler> logger, IBasketRepository repository)
    {
        _logger = logger;
        _repository = repository;
    }

    public async Task Handle(ProductPriceChangedIntegrationEvent @event)
    {
        _logger.LogInformation("Handling integration event: {IntegrationEventId} - ({@IntegrationEvent})", @event.Id, @event);

        foreach (var id in _repository.GetUsers())
        {
            var basket = await _repository.GetBasketAsync(id);
            if (basket == null) continue;
            var itemsToUpdate = basket.Items.Where(x => x.ProductId == @event.ProductId).ToList();
            if (itemsToUpdate.Count == 0) continue;
            foreach (var item in itemsToUpdate.Where(i => i.UnitPrice == @event.OldPrice))
            {
                item.OldUnitPrice = item.UnitPrice;
                item.UnitPrice = @event.NewPrice;
            }
            await _repository.UpdateBasketAsync(basket);
        }
    }
}
