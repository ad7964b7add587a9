using Microsoft.Extensions.Options;

namespace Tidewater.WebhookClient.Services;

public class WebhooksClient(HttpClient client, IOptions<WebhookClientOptions> options, IConfiguration configuration)
{
    public Task<HttpResponseMessage> AddWebHookAsync(WebhookSubscriptionRequest payload)
    {
        return client.PostAsJsonAsync("/api/webhooks", payload);
    }

    /// <summary>
    /// Registers this app as a receiver: webhooks-api will OPTIONS the grant URL, then POST
    /// order-paid notifications to /webhook-received on our own public address.
    /// </summary>
    public Task<HttpResponseMessage> RegisterOrderPaidHookAsync(string? token)
    {
        var selfUrl = configuration["CallBackUrl"]!.TrimEnd('/');

        return AddWebHookAsync(new WebhookSubscriptionRequest
        {
            Url = $"{selfUrl}/webhook-received",
            GrantUrl = $"{selfUrl}/check",
            Token = token ?? options.Value.Token,
            Event = "OrderPaid"
        });
    }

    public async Task<IEnumerable<WebhookResponse>> LoadWebhooks()
    {
        return await client.GetFromJsonAsync<IEnumerable<WebhookResponse>>("/api/webhooks") ?? [];
    }
}

public class WebhookSubscriptionRequest
{
    public string Url { get; set; } = default!;
    public string? Token { get; set; }
    public string Event { get; set; } = default!;
    public string GrantUrl { get; set; } = default!;
}

public class WebhookResponse
{
    public DateTime Date { get; set; }
    public string? DestUrl { get; set; }
    public string? Token { get; set; }
}

public class WebhookClientOptions
{
    public string? Token { get; set; }
    public bool ValidateToken { get; set; }
}
