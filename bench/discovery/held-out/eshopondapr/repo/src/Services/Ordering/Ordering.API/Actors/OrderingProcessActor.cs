using Dapr.Actors;
using Dapr.Actors.Runtime;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Ordering.API.Infrastructure;
using Larkspur.Services.Ordering.API.Infrastructure.Services;
using Larkspur.Services.Ordering.API.IntegrationEvents;

namespace Larkspur.Services.Ordering.API.Actors;

public interface IOrderingProcessActor : IActor
{
    Task SubmitAsync(UserCheckoutAcceptedIntegrationEvent checkout);
    Task NotifyStockConfirmedAsync();
    Task NotifyStockRejectedAsync();
    Task NotifyPaymentSucceededAsync();
    Task NotifyPaymentFailedAsync();
    Task<bool> CancelAsync();
}

public class OrderingProcessActor : Actor, IOrderingProcessActor, IRemindable
{
    private const string OrderDetailsStateName = "OrderDetails";
    private const string OrderStatusStateName = "OrderStatus";
    private const string GracePeriodElapsedReminder = "GracePeriodElapsed";

    private readonly IEventBus _eventBus;
    private readonly IOrderRepository _orderRepository;
    private readonly IEmailService _emailService;

    public OrderingProcessActor(
        ActorHost host,
        IEventBus eventBus,
        IOrderRepository orderRepository,
        IEmailService emailService) : base(host)
    {
        _eventBus = eventBus;
        _orderRepository = orderRepository;
        _emailService = emailService;
    }

    private Guid OrderId => Guid.Parse(Id.GetId());

    public async Task SubmitAsync(UserCheckoutAcceptedIntegrationEvent checkout)
    {
        var order = new Order
        {
            Id = OrderId,
            OrderDate = DateTime.UtcNow,
            BuyerId = checkout.UserId,
            BuyerEmail = checkout.UserEmail,
            Address = new Address(checkout.Street, checkout.City, checkout.State, checkout.Country, checkout.ZipCode),
            OrderItems = checkout.Basket.Items.Select(i => new OrderItem
            {
                ProductId = i.ProductId, ProductName = i.ProductName, UnitPrice = i.UnitPrice,
                Units = i.Quantity, PictureUrl = i.PictureUrl
            }).ToList()
        };

        await StateManager.SetStateAsync(OrderDetailsStateName, order);
        await StateManager.SetStateAsync(OrderStatusStateName, "Submitted");

        await RegisterReminderAsync(GracePeriodElapsedReminder, null, TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(-1));

        await _orderRepository.AddOrGetOrderAsync(order);

        await _eventBus.PublishAsync(new OrderStatusChangedToSubmittedIntegrationEvent(
            OrderId, "Submitted", checkout.UserId, checkout.UserName));

        await _emailService.SendOrderConfirmationAsync(order);
    }

    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName != GracePeriodElapsedReminder) return;

        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "AwaitingStockValidation");

        await _eventBus.PublishAsync(new OrderStatusChangedToAwaitingStockValidationIntegrationEvent(
            OrderId, "AwaitingStockValidation", "Grace period elapsed; waiting for stock validation.",
            order.OrderItems.Select(i => new OrderStockItem(i.ProductId, i.Units)), order.BuyerId));
    }

    public async Task NotifyStockConfirmedAsync()
    {
        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "Validated");

        await _eventBus.PublishAsync(new OrderStatusChangedToValidatedIntegrationEvent(
            OrderId, "Validated", "All the items were confirmed with available stock.", order.GetTotal(), order.BuyerId));
    }

    public async Task NotifyStockRejectedAsync()
    {
        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "Cancelled");

        await _eventBus.PublishAsync(new OrderStatusChangedToCancelledIntegrationEvent(
            OrderId, "Cancelled", "Some items were out of stock.", order.BuyerId));
    }

    public async Task NotifyPaymentSucceededAsync()
    {
        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "Paid");

        await _eventBus.PublishAsync(new OrderStatusChangedToPaidIntegrationEvent(
            OrderId, "Paid", "The payment was performed.",
            order.OrderItems.Select(i => new OrderStockItem(i.ProductId, i.Units)), order.BuyerId));
    }

    public async Task NotifyPaymentFailedAsync()
    {
        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "Cancelled");

        await _eventBus.PublishAsync(new OrderStatusChangedToCancelledIntegrationEvent(
            OrderId, "Cancelled", "The payment was rejected.", order.BuyerId));
    }

    public async Task<bool> CancelAsync()
    {
        var status = await StateManager.GetStateAsync<string>(OrderStatusStateName);
        if (status is "Paid" or "Shipped") return false;

        var order = await StateManager.GetStateAsync<Order>(OrderDetailsStateName);
        await StateManager.SetStateAsync(OrderStatusStateName, "Cancelled");
        await _eventBus.PublishAsync(new OrderStatusChangedToCancelledIntegrationEvent(
            OrderId, "Cancelled", "The order was cancelled by the buyer.", order.BuyerId));
        return true;
    }
}
