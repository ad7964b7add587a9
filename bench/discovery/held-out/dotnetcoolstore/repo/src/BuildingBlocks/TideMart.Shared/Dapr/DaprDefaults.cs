namespace TideMart.Shared.Dapr;

/// <summary>
/// Names of the Dapr components and app-ids. Must match components/*.yaml and the
/// dapr.io/app-id annotations in deploys/k8s.
/// </summary>
public static class DaprDefaults
{
    public const string PubSubName = "pubsub";
    public const string StateStoreName = "statestore";
    public const string SecretStoreName = "localsecretstore";

    public static class AppIds
    {
        public const string Catalog = "catalogapp";
        public const string Stock = "stockapp";
        public const string Basket = "basketapp";
        public const string Ordering = "orderapp";
    }

    public static class Topics
    {
        public const string CartCheckedOut = "cart-checked-out";
        public const string OrderPlaced = "order-placed";
    }
}
