using BlueHeron.MakeLineService.Services;
using BlueHeron.Models;
using Dapr.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Xunit;

namespace BlueHeron.MakeLineService.Tests;

public class MakeLineStoreTests
{
    private readonly Mock<DaprClient> _dapr = new();

    private MakeLineStore CreateStore() => new(_dapr.Object, NullLogger<MakeLineStore>.Instance);

    private static OrderSummary Order(string store, int minutesAgo) => new()
    {
        OrderId = Guid.NewGuid(),
        StoreId = store,
        OrderDate = DateTime.UtcNow.AddMinutes(-minutesAgo)
    };

    [Fact]
    public async Task GetOrders_returns_oldest_first()
    {
        var newer = Order("Heron-Harbor", 1);
        var older = Order("Heron-Harbor", 10);
        _dapr.Setup(d => d.GetStateAsync<List<OrderSummary>>(MakeLineStore.StoreName, "makeline-heron-harbor",
                It.IsAny<ConsistencyMode?>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new List<OrderSummary> { newer, older });

        var result = await CreateStore().GetOrdersAsync("Heron-Harbor");

        Assert.Equal(new[] { older.OrderId, newer.OrderId }, result.Select(o => o.OrderId));
    }

    [Fact]
    public async Task GetOrders_on_empty_store_returns_empty_list()
    {
        _dapr.Setup(d => d.GetStateAsync<List<OrderSummary>>(It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<ConsistencyMode?>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((List<OrderSummary>)null!);

        Assert.Empty(await CreateStore().GetOrdersAsync("nowhere"));
    }

    [Fact]
    public async Task CompleteOrder_returns_null_when_unknown()
    {
        _dapr.Setup(d => d.GetStateAndETagAsync<List<OrderSummary>>(It.IsAny<string>(), It.IsAny<string>(),
                It.IsAny<ConsistencyMode?>(), It.IsAny<IReadOnlyDictionary<string, string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((new List<OrderSummary>(), "1"));

        Assert.Null(await CreateStore().CompleteOrderAsync("Heron-Harbor", Guid.NewGuid()));
    }
}
