using Microsoft.EntityFrameworkCore;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.Services.Ordering.API.Application.IntegrationEvents.Events;
using Northwind.Services.Ordering.API.Infrastructure;

namespace Northwind.Services.Ordering.API.Application.IntegrationEvents.EventHandling;

public abstract class OrderStatusHandlerBase
{
    protected readonly OrderingContext Context;
    protected readonly IOrderingIntegrationEventService Events;

    protected OrderStatusHandlerBase(OrderingContext context, IOrderingIntegrationEventService events)
    {
        Context = context;
        Events = events;
    }

    protected async Task<Order> SetStatusAsync(int orderId, string status)
    {
        var order = await Context.Orders.Include(o => o.OrderItems).SingleAsync(o => o.Id == orderId);
        order.Status = status;
        await Context.SaveChangesAsync();
        return order;
    }

    protected static IEnumerable<OrderStockItem> StockItems(Order order) =>
        order.OrderItems.Select(i => new OrderStockItem(i.ProductId, i.Units)).ToList();
}

public class UserCheckoutAcceptedIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<UserCheckoutAcceptedIntegrationEvent>
{
    public UserCheckoutAcceptedIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(UserCheckoutAcceptedIntegrationEvent @event)
    {
        var order = new Order
        {
            BuyerId = @event.UserId,
            BuyerName = @event.UserName,
            OrderDate = DateTime.UtcNow,
            Street = @event.Street,
            City = @event.City,
            Country = @event.Country,
            OrderItems = @event.Basket.Items.Select(i => new OrderItem
            {
                ProductId = i.ProductId,
                ProductName = i.ProductName,
                UnitPrice = i.UnitPrice,
                Units = i.Quantity
            }).ToList()
        };
        Context.Orders.Add(order);
        await Context.SaveChangesAsync();

        await Events.PublishEventsThroughEventBusAsync(new Northwind.BuildingBlocks.EventBus.Events.IntegrationEvent[]
        {
            new OrderStartedIntegrationEvent(@event.UserId),
            new OrderStatusChangedToSubmittedIntegrationEvent(order.Id, order.Status, order.BuyerName)
        });
    }
}

public class GracePeriodConfirmedIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<GracePeriodConfirmedIntegrationEvent>
{
    public GracePeriodConfirmedIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(GracePeriodConfirmedIntegrationEvent @event)
    {
        var order = await SetStatusAsync(@event.OrderId, "awaitingvalidation");
        await Events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToAwaitingValidationIntegrationEvent(order.Id, order.Status, order.BuyerName, StockItems(order))
        });
    }
}

public class OrderStockConfirmedIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<OrderStockConfirmedIntegrationEvent>
{
    public OrderStockConfirmedIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(OrderStockConfirmedIntegrationEvent @event)
    {
        var order = await SetStatusAsync(@event.OrderId, "stockconfirmed");
        await Events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToStockConfirmedIntegrationEvent(order.Id, order.Status, order.BuyerName)
        });
    }
}

public class OrderStockRejectedIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<OrderStockRejectedIntegrationEvent>
{
    public OrderStockRejectedIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(OrderStockRejectedIntegrationEvent @event)
    {
        var order = await SetStatusAsync(@event.OrderId, "cancelled");
        await Events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToCancelledIntegrationEvent(order.Id, order.Status, order.BuyerName)
        });
    }
}

public class OrderPaymentSucceededIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<OrderPaymentSucceededIntegrationEvent>
{
    public OrderPaymentSucceededIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(OrderPaymentSucceededIntegrationEvent @event)
    {
        var order = await SetStatusAsync(@event.OrderId, "paid");
        await Events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToPaidIntegrationEvent(order.Id, order.Status, order.BuyerName, StockItems(order))
        });
    }
}

public class OrderPaymentFailedIntegrationEventHandler : OrderStatusHandlerBase, IIntegrationEventHandler<OrderPaymentFailedIntegrationEvent>
{
    public OrderPaymentFailedIntegrationEventHandler(OrderingContext context, IOrderingIntegrationEventService events) : base(context, events) { }

    public async Task Handle(OrderPaymentFailedIntegrationEvent @event)
    {
        var order = await SetStatusAsync(@event.OrderId, "cancelled");
        await Events.PublishEventsThroughEventBusAsync(new[]
        {
            new OrderStatusChangedToCancelledIntegrationEvent(order.Id, order.Status, order.BuyerName)
        });
    }
}
