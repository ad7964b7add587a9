using BlueHeron.AccountingModel;
using BlueHeron.AccountingService.Controllers;
using BlueHeron.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace BlueHeron.AccountingService.Tests;

public class AccountingControllerTests
{
    private static AccountingContext NewContext() =>
        new(new DbContextOptionsBuilder<AccountingContext>()
            .UseInMemoryDatabase(Guid.NewGuid().ToString())
            .Options);

    private static OrderSummary Summary(string loyaltyId = "m-1") => new()
    {
        OrderId = Guid.NewGuid(),
        StoreId = "Heron-Harbor",
        OrderDate = DateTime.UtcNow,
        FirstName = "Ava",
        LastName = "Reed",
        LoyaltyId = loyaltyId,
        OrderTotal = 9.00m,
        OrderItems = { new OrderItemSummary { ProductId = 2, ProductName = "Marsh Latte", Quantity = 2, UnitCost = 1.10m, UnitPrice = 4.50m } }
    };

    [Fact]
    public async Task Order_is_stored_once_even_if_delivered_twice()
    {
        await using var db = NewContext();
        var controller = new AccountingController(db, NullLogger<AccountingController>.Instance);
        var order = Summary();

        await controller.OnOrder(order, default);
        await controller.OnOrder(order, default);

        Assert.Equal(1, await db.Orders.CountAsync());
        Assert.Equal(1, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task Completed_before_placed_asks_for_redelivery()
    {
        await using var db = NewContext();
        var controller = new AccountingController(db, NullLogger<AccountingController>.Instance);

        var result = await controller.OnOrderCompleted(Summary(), default);

        Assert.Equal(503, Assert.IsType<StatusCodeResult>(result).StatusCode);
    }

    [Fact]
    public async Task StoreSummary_counts_completed_orders()
    {
        await using var db = NewContext();
        var controller = new AccountingController(db, NullLogger<AccountingController>.Instance);
        var order = Summary(loyaltyId: "");
        await controller.OnOrder(order, default);
        order.OrderCompletedDate = order.OrderDate.AddSeconds(42);
        await controller.OnOrderCompleted(order, default);

        var summary = await controller.GetStoreSummary("Heron-Harbor", default);

        Assert.Equal(1, summary.OrdersToday);
        Assert.Equal(1, summary.CompletedToday);
        Assert.Equal(42, summary.AvgFulfillmentSeconds);
    }
}
