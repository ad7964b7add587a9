using System.Text.Json;

namespace Tidewater.Webhooks.API.Model;

public enum WebhookType
{
    CatalogItemPriceChange = 1,
    OrderShipped = 2,
    OrderPaid = 3
}

public class WebhookSubscription
{
    public int Id { get; set; }

    public WebhookType Type { get; set; }
    public DateTime Date { get; set; }
    public string DestUrl { get; set; } = default!;
    public string? Token { get; set; }
    public string UserId { get; set; } = default!;
}

public class WebhookData(WebhookType hookType, object data)
{
    public DateTime When { get; } = DateTime.UtcNow;

    public string Payload { get; } = JsonSerializer.Serialize(data);

    public string Type { get; } = hookType.ToString();
}
