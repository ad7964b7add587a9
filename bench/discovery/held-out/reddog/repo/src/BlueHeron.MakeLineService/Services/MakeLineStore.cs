using BlueHeron.Models;
using Dapr;
using Dapr.Client;

namespace BlueHeron.MakeLineService.Services;

/// <summary>
/// Keeps the queue of open orders per store in the Dapr state store
/// "heron.state.makeline" (one key per store), using ETags for optimistic
/// concurrency because several make-line replicas may receive events.
/// </summary>
public class MakeLineStore
{
    public const string StoreName = "heron.state.makeline";
    private const int MaxRetries = 5;

    private readonly DaprClient _dapr;
    private readonly ILogger<MakeLineStore> _logger;

    public MakeLineStore(DaprClient dapr, ILogger<MakeLineStore> logger)
    {
        _dapr = dapr;
        _logger = logger;
    }

    public async Task<List<OrderSummary>> GetOrdersAsync(string storeId, CancellationToken ct = default)
    {
        var orders = await _dapr.GetStateAsync<List<OrderSummary>>(StoreName, Key(storeId), cancellationToken: ct);
        return (orders ?? new List<OrderSummary>()).OrderBy(o => o.OrderDate).ToList();
    }

    public Task AddOrderAsync(OrderSummary order, CancellationToken ct = default) =>
        UpdateAsync(order.StoreId, list =>
        {
            if (list.All(o => o.OrderId != order.OrderId))
            {
                list.Add(order);
            }
            return true;
        }, ct);

    public async Task<OrderSummary?> CompleteOrderAsync(string storeId, Guid orderId, CancellationToken ct = default)
    {
        OrderSummary? completed = null;
        await UpdateAsync(storeId, list =>
        {
            completed = list.FirstOrDefault(o => o.OrderId == orderId);
            if (completed is null) return false;
            list.Remove(completed);
            completed.OrderCompletedDate = DateTime.UtcNow;
            return true;
        }, ct);
        return completed;
    }

    private async Task UpdateAsync(string storeId, Func<List<OrderSummary>, bool> mutate, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxRetries; attempt++)
        {
            var (orders, etag) = await _dapr.GetStateAndETagAsync<List<OrderSummary>>(StoreName, Key(storeId), cancellationToken: ct);
            orders ??= new List<OrderSummary>();

            if (!mutate(orders)) return;

            try
            {
                var saved = await _dapr.TrySaveStateAsync(StoreName, Key(storeId), orders, etag ?? string.Empty,
                    new StateOptions { Concurrency = ConcurrencyMode.FirstWrite }, cancellationToken: ct);
                if (saved) return;
            }
            catch (DaprException ex)
            {
                _logger.LogWarning(ex, "Saving make line for store {StoreId} failed (attempt {Attempt})", storeId, attempt);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), ct);
        }

        throw new InvalidOperationException($"Could not update the make line of store {storeId} after {MaxRetries} attempts.");
    }

    private static string Key(string storeId) => $"makeline-{storeId.ToLowerInvariant()}";
}
