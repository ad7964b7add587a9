using BlueHeron.Models;
using Dapr.Client;
using Microsoft.Extensions.Options;

namespace BlueHeron.VirtualCustomers;

public class CustomerOptions
{
    public string StoreId { get; set; } = "Heron-Harbor";
    public int MaxUniqueItemsPerOrder { get; set; } = 3;
    public int MaxItemQuantity { get; set; } = 2;
    public int MinSecondsBetweenOrders { get; set; } = 1;
    public int MaxSecondsBetweenOrders { get; set; } = 6;
    public int LoyaltyMemberPercent { get; set; } = 60;
    /// <summary>0 = run forever.</summary>
    public int NumOrders { get; set; }
}

/// <summary>
/// Load generator: places random orders through the order-service Dapr app-id.
/// </summary>
public class CustomerSimulator : BackgroundService
{
    private const string OrderServiceAppId = "order-service";

    private static readonly string[] FirstNames = { "Ava", "Noah", "Mia", "Liam", "Zoe", "Omar", "Ines", "Kenji", "Priya", "Tomas" };
    private static readonly string[] LastNames = { "Reed", "Marsh", "Fen", "Crane", "Egret", "Bittern", "Rail", "Snipe" };

    private readonly DaprClient _dapr;
    private readonly CustomerOptions _options;
    private readonly ILogger<CustomerSimulator> _logger;

    public CustomerSimulator(DaprClient dapr, IOptions<CustomerOptions> options, ILogger<CustomerSimulator> logger)
    {
        _dapr = dapr;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _dapr.WaitForSidecarAsync(stoppingToken);

        var products = await _dapr.InvokeMethodAsync<List<Product>>(HttpMethod.Get, OrderServiceAppId, "product", stoppingToken);
        _logger.LogInformation("Menu has {Count} products", products.Count);

        var placed = 0;
        while (!stoppingToken.IsCancellationRequested && (_options.NumOrders == 0 || placed < _options.NumOrders))
        {
            var order = CreateOrder(products);
            try
            {
                var summary = await _dapr.InvokeMethodAsync<CustomerOrder, OrderSummary>(
                    HttpMethod.Post, OrderServiceAppId, "order", order, stoppingToken);
                placed++;
                _logger.LogInformation("Order {OrderId} placed by {First} {Last}: {Total:C}",
                    summary.OrderId, order.FirstName, order.LastName, summary.OrderTotal);
            }
            catch (InvocationException ex)
            {
                _logger.LogWarning(ex, "Placing order failed");
            }

            var delay = Random.Shared.Next(_options.MinSecondsBetweenOrders, _options.MaxSecondsBetweenOrders + 1);
            await Task.Delay(TimeSpan.FromSeconds(delay), stoppingToken);
        }
    }

    private CustomerOrder CreateOrder(IReadOnlyList<Product> products)
    {
        var rnd = Random.Shared;
        var first = FirstNames[rnd.Next(FirstNames.Length)];
        var last = LastNames[rnd.Next(LastNames.Length)];
        var isMember = rnd.Next(100) < _options.LoyaltyMemberPercent;

        var itemCount = rnd.Next(1, _options.MaxUniqueItemsPerOrder + 1);
        var items = products.OrderBy(_ => rnd.Next()).Take(itemCount)
            .Select(p => new CustomerOrderItem { ProductId = p.ProductId, Quantity = rnd.Next(1, _options.MaxItemQuantity + 1) })
            .ToList();

        return new CustomerOrder
        {
            StoreId = _options.StoreId,
            FirstName = first,
            LastName = last,
            LoyaltyId = isMember ? $"{first}-{last}".ToLowerInvariant().GetHashCode().ToString("x8") : string.Empty,
            OrderItems = items
        };
    }
}
