using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Volo.Abp.Caching;
using Volo.Abp.DependencyInjection;
using Volo.Abp.EventBus;
using Volo.Abp.EventBus.Distributed;

namespace Tidemart.BasketService.EventHandlers;

/// <summary>
/// Local copy of the ordering service's integration event. Bound by event name, so the
/// basket service doesn't need a reference to the ordering contracts.
/// </summary>
[EventName("Tidemart.Ordering.OrderPlaced")]
public class OrderPlacedEto
{
    public Guid OrderId { get; set; }
    public string OrderNo { get; set; } = default!;
    public Guid BuyerId { get; set; }
    public List<Guid> ProductIds { get; set; } = new();
}

public class OrderPlacedEventHandler : IDistributedEventHandler<OrderPlacedEto>, ITransientDependency
{
    private readonly IDistributedCache<Basket, Guid> _basketCache;
    private readonly ILogger<OrderPlacedEventHandler> _logger;

    public OrderPlacedEventHandler(
        IDistributedCache<Basket, Guid> basketCache,
        ILogger<OrderPlacedEventHandler> logger)
    {
        _basketCache = basketCache;
        _logger = logger;
    }

    public async Task HandleEventAsync(OrderPlacedEto eventData)
    {
        _logger.LogInformation("Order {OrderNo} placed, clearing basket of buyer {BuyerId}",
            eventData.OrderNo, eventData.BuyerId);

        await _basketCache.RemoveAsync(eventData.BuyerId);
    }
}
