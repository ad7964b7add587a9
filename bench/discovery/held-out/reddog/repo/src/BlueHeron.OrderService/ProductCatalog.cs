using System.Text.Json;
using BlueHeron.Models;

namespace BlueHeron.OrderService;

/// <summary>
/// The menu is small and static, so it ships with the service (products.json).
/// </summary>
public class ProductCatalog
{
    private readonly IReadOnlyDictionary<int, Product> _products;

    public ProductCatalog(IWebHostEnvironment env, ILogger<ProductCatalog> logger)
    {
        var path = Path.Combine(env.ContentRootPath, "products.json");
        var json = File.ReadAllText(path);
        var products = JsonSerializer.Deserialize<List<Product>>(json) ?? new List<Product>();
        _products = products.ToDictionary(p => p.ProductId);
        logger.LogInformation("Loaded {Count} products from {Path}", _products.Count, path);
    }

    public IEnumerable<Product> All => _products.Values.OrderBy(p => p.ProductId);

    public bool TryGet(int productId, out Product product) => _products.TryGetValue(productId, out product!);
}
