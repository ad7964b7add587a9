using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Volo.Abp.Data;
using Volo.Abp.Domain.Entities;
using Volo.Abp.Domain.Entities.Auditing;
using Volo.Abp.EntityFrameworkCore;
using Volo.Abp.EntityFrameworkCore.DistributedEvents;

namespace Tidemart.OrderingService.EntityFrameworkCore;

[ConnectionStringName("OrderingService")]
public class OrderingDbContext : AbpDbContext<OrderingDbContext>, IHasEventOutbox, IHasEventInbox
{
    public DbSet<Order> Orders { get; set; } = default!;
    public DbSet<OutgoingEventRecord> OutgoingEvents { get; set; } = default!;
    public DbSet<IncomingEventRecord> IncomingEvents { get; set; } = default!;

    public OrderingDbContext(DbContextOptions<OrderingDbContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.ConfigureEventOutbox();
        builder.ConfigureEventInbox();

        builder.Entity<Order>(b =>
        {
            b.ToTable("Orders");
            b.Property(o => o.OrderNo).IsRequired().HasMaxLength(32);
            b.OwnsMany(o => o.Items, i =>
            {
                i.ToTable("OrderItems");
                i.WithOwner().HasForeignKey("OrderId");
            });
        });
    }
}

public enum OrderStatus
{
    Placed = 0,
    Paid = 1,
    PaymentFailed = 2,
    Shipped = 3,
    Cancelled = 4
}

public class Order : FullAuditedAggregateRoot<Guid>
{
    public string OrderNo { get; set; } = default!;
    public Guid BuyerId { get; set; }
    public string BuyerEmail { get; set; } = default!;
    public OrderStatus Status { get; set; }
    public string? PaymentMethod { get; set; }
    public Guid? PaymentRequestId { get; set; }
    public List<OrderItem> Items { get; set; } = new();

    protected Order() { }

    public Order(Guid id, string orderNo, Guid buyerId, string buyerEmail) : base(id)
    {
        OrderNo = orderNo;
        BuyerId = buyerId;
        BuyerEmail = buyerEmail;
        Status = OrderStatus.Placed;
    }
}

public class OrderItem : Entity<Guid>
{
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public float UnitPrice { get; set; }
    public int Units { get; set; }
}
