using Microsoft.Extensions.Diagnostics.HealthChecks;
using Dapr.Client;
using TideMart.Shared.Dapr;

namespace TideMart.Basket.Infrastructure;

public class Cart
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid UserId { get; set; }
    public List<CartItem> Items { get; set; } = new();
    public decimal Total => Items.Sum(i => i.Price * i.Quantity);
}

public class CartItem
{
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public decimal Price { get; set; }
    public int Quantity { get; set; }
}

public interface ICartRepository
{
    Task<Cart?> GetAsync(Guid userId, CancellationToken ct = default);
    Task SaveAsync(Cart cart, CancellationToken ct = default);
    Task DeleteAsync(Guid userId, CancellationToken ct = default);
}

/// <summary>Carts are kept in the Dapr state store ("statestore" component) keyed by user.</summary>
public class DaprCartRepository : ICartRepository
{
    private readonly DaprClient _dapr;
    private readonly int _ttlSeconds;

    public DaprCartRepository(DaprClient dapr, IConfiguration config)
    {
        _dapr = dapr;
        _ttlSeconds = config.GetValue("Basket:TtlSeconds", 604800);
    }

    private static string Key(Guid userId) => $"cart-{userId:N}";

    public Task<Cart?> GetAsync(Guid userId, CancellationToken ct = default)
        => _dapr.GetStateAsync<Cart?>(DaprDefaults.StateStoreName, Key(userId), cancellationToken: ct);

    public Task SaveAsync(Cart cart, CancellationToken ct = default)
        => _dapr.SaveStateAsync(DaprDefaults.StateStoreName, Key(cart.UserId), cart,
            metadata: new Dictionary<string, string> { ["ttlInSeconds"] = _ttlSeconds.ToString() },
            cancellationToken: ct);

    public Task DeleteAsync(Guid userId, CancellationToken ct = default)
        => _dapr.DeleteStateAsync(DaprDefaults.StateStoreName, Key(userId), cancellationToken: ct);
}

public class DaprSidecarHealthCheck : IHealthCheck
{
    private readonly DaprClient _dapr;

    public DaprSidecarHealthCheck(DaprClient dapr) => _dapr = dapr;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        => await _dapr.CheckHealthAsync(ct)
            ? HealthCheckResult.Healthy("dapr sidecar is up")
            : HealthCheckResult.Degraded("dapr sidecar not responding");
}
