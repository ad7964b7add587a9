namespace Crosswind.WebBff.Infrastructure;

/// <summary>
/// Bound from the configuration root: every key comes straight from an environment
/// variable of the same name (set by docker-compose or by the webbff Helm chart).
/// </summary>
public class Settings
{
    public string ProductsApiUrl { get; set; } = string.Empty;
    public string PopularProductsApiUrl { get; set; } = string.Empty;
    public string ProfileApiUrl { get; set; } = string.Empty;
    public string StockApiUrl { get; set; } = string.Empty;
    public string CouponsApiUrl { get; set; } = string.Empty;
    public string CartApiUrl { get; set; } = string.Empty;
    public string LoginApiUrl { get; set; } = string.Empty;
    public string ImageClassifierApiUrl { get; set; } = string.Empty;

    // Rewards programme was retired; kept so old config files still bind.
    public string RewardsApiUrl { get; set; } = string.Empty;
}

public static class ApiVersions
{
    public const string V1 = "v1";
}
