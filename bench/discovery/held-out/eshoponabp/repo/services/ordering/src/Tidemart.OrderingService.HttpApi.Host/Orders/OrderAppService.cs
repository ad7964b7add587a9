using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Tidemart.OrderingService.EntityFrameworkCore;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;
using Volo.Abp.EventBus;
using Volo.Abp.EventBus.Distributed;
using Volo.Abp.Users;

namespace Tidemart.OrderingService.Orders;

/// <summary>Integration event published when a customer places an order.</summary>
[EventName("Tidemart.Ordering.OrderPlaced")]
public class OrderPlacedEto
{
    public Guid OrderId { get; set; }
    public string OrderNo { get; set; } = default!;
    public Guid BuyerId { get; set; }
    public List<Guid> ProductIds { get; set; } = new();
}

public class OrderItemCreateDto
{
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public float UnitPrice { get; set; }
    public int Units { get; set; }
}

public class OrderCreateDto
{
    public string PaymentMethod { get; set; } = "paypal";
    public List<OrderItemCreateDto> Products { get; set; } = new();
}

public class OrderDto : EntityDto<Guid>
{
    public string OrderNo { get; set; } = default!;
    public string Status { get; set; } = default!;
    public float Total { get; set; }
    public DateTime CreationTime { get; set; }
}

[Authorize]
public class OrderAppService : ApplicationService
{
    private readonly IRepository<Order, Guid> _orderRepository;
    private readonly IDistributedEventBus _distributedEventBus;

    public OrderAppService(IRepository<Order, Guid> orderRepository, IDistributedEventBus distributedEventBus)
    {
        _orderRepository = orderRepository;
        _distributedEventBus = distributedEventBus;
    }

    public async Task<OrderDto> CreateAsync(OrderCreateDto input)
    {
        var order = new Order(
            GuidGenerator.Create(),
            orderNo: $"TM-{Clock.Now:yyyyMMdd}-{Random.Shared.Next(100000, 999999)}",
            buyerId: CurrentUser.GetId(),
            buyerEmail: CurrentUser.Email ?? string.Empty)
        {
            PaymentMethod = input.PaymentMethod,
            Items = input.Products.Select(p => new OrderItem
            {
                ProductId = p.ProductId,
                ProductName = p.ProductName,
                UnitPrice = p.UnitPrice,
                Units = p.Units
            }).ToList()
        };

        await _orderRepository.InsertAsync(order, autoSave: true);

        // Stored in the outbox (same transaction), then relayed to RabbitMQ.
        await _distributedEventBus.PublishAsync(new OrderPlacedEto
        {
            OrderId = order.Id,
            OrderNo = order.OrderNo,
            BuyerId = order.BuyerId,
            ProductIds = order.Items.Select(i => i.ProductId).ToList()
        }, useOutbox: true);

        return MapToDto(order);
    }

    public async Task<OrderDto> GetAsync(Guid id)
    {
        var order = await _orderRepository.GetAsync(id);
        return MapToDto(order);
    }

    public async Task<List<OrderDto>> GetMyOrdersAsync()
    {
        var buyerId = CurrentUser.GetId();
        var orders = await _orderRepository.GetListAsync(o => o.BuyerId == buyerId, includeDetails: true);
        return orders.OrderByDescending(o => o.CreationTime).Select(MapToDto).ToList();
    }

    private static OrderDto MapToDto(Order order)
    {
        return new OrderDto
        {
            Id = order.Id,
            OrderNo = order.OrderNo,
            Status = order.Status.ToString(),
            Total = order.Items.Sum(i => i.UnitPrice * i.Units),
            CreationTime = order.CreationTime
        };
    }
}
