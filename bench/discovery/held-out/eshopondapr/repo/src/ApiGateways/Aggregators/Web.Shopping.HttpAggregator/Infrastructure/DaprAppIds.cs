namespace Larkspur.Web.Shopping.HttpAggregator.Infrastructure;

/// <summary>
/// Dapr app-ids of the downstream services (the -app-id each sidecar is started with).
/// </summary>
public static class DaprAppIds
{
    public const string CatalogApi = "catalog-api";
    public const string BasketApi = "basket-api";
}
