using Dapr.Client;
using Microsoft.Extensions.Options;

namespace Larkspur.Services.Ordering.API.Infrastructure.Services;

public interface IEmailService
{
    Task SendOrderConfirmationAsync(Order order);
}

/// <summary>
/// Sends e-mail through a Dapr output binding (bindings.smtp). Which SMTP server
/// is used is decided by the binding component, not by this code.
/// </summary>
public class EmailService : IEmailService
{
    private readonly DaprClient _daprClient;
    private readonly IOptions<OrderingSettings> _settings;
    private readonly ILogger<EmailService> _logger;

    public EmailService(DaprClient daprClient, IOptions<OrderingSettings> settings, ILogger<EmailService> logger)
    {
        _daprClient = daprClient;
        _settings = settings;
        _logger = logger;
    }

    public async Task SendOrderConfirmationAsync(Order order)
    {
        if (!_settings.Value.SendConfirmationEmail)
        {
            _logger.LogInformation("Confirmation e-mails are disabled; skipping order {OrderId}", order.Id);
            return;
        }

        var metadata = new Dictionary<string, string>
        {
            ["emailFrom"] = _settings.Value.EmailFrom,
            ["emailTo"] = order.BuyerEmail,
            ["subject"] = $"Your Larkspur order #{order.OrderNumber}"
        };

        var body = $"<h2>Thanks for shopping with Larkspur Outfitters!</h2>" +
                   $"<p>Order total: {order.GetTotal():C}</p>";

        await _daprClient.InvokeBindingAsync(_settings.Value.EmailBindingName, "create", body, metadata);
    }
}

public class OrderingSettings
{
    public bool SendConfirmationEmail { get; set; }

    public string EmailBindingName { get; set; } = "sendmail";

    public string EmailFrom { get; set; } = "orders@larkspur-outfitters.example";
}
