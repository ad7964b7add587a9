using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Tidemart.OrderingService.EntityFrameworkCore;
using Volo.Abp.DependencyInjection;
using Volo.Abp.Domain.Repositories;
using Volo.Abp.EventBus;
using Volo.Abp.EventBus.Distributed;
using Volo.Abp.Uow;

namespace Tidemart.OrderingService.EventHandlers;

[EventName("Tidemart.Payment.Completed")]
public class PaymentCompletedEto
{
    public Guid PaymentRequestId { get; set; }
    public Guid OrderId { get; set; }
    public string PaymentMethod { get; set; } = default!;
    public decimal Amount { get; set; }
}

[EventName("Tidemart.Payment.Failed")]
public class PaymentFailedEto
{
    public Guid PaymentRequestId { get; set; }
    public Guid OrderId { get; set; }
    public string? Reason { get; set; }
}

public class PaymentCompletedEventHandler : IDistributedEventHandler<PaymentCompletedEto>, ITransientDependency
{
    private readonly IRepository<Order, Guid> _orderRepository;
    private readonly ILogger<PaymentCompletedEventHandler> _logger;

    public PaymentCompletedEventHandler(IRepository<Order, Guid> orderRepository, ILogger<PaymentCompletedEventHandler> logger)
    {
        _orderRepository = orderRepository;
        _logger = logger;
    }

    [UnitOfWork]
    public virtual async Task HandleEventAsync(PaymentCompletedEto eventData)
    {
        var order = await _orderRepository.GetAsync(eventData.OrderId);
        order.Status = OrderStatus.Paid;
        order.PaymentRequestId = eventData.PaymentRequestId;
        await _orderRepository.UpdateAsync(order);

        _logger.LogInformation("Order {OrderNo} marked as paid ({PaymentMethod})", order.OrderNo, eventData.PaymentMethod);
    }
}

public class PaymentFailedEventHandler : IDistributedEventHandler<PaymentFailedEto>, ITransientDependency
{
    private readonly IRepository<Order, Guid> _orderRepository;

    public PaymentFailedEventHandler(IRepository<Order, Guid> orderRepository)
    {
        _orderRepository = orderRepository;
    }

    [UnitOfWork]
    public virtual async Task HandleEventAsync(PaymentFailedEto eventData)
    {
        var order = await _orderRepository.GetAsync(eventData.OrderId);
        order.Status = OrderStatus.PaymentFailed;
        order.PaymentRequestId = eventData.PaymentRequestId;
        await _orderRepository.UpdateAsync(order);
    }
}
