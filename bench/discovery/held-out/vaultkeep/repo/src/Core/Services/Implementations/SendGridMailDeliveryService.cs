using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;
using Vaultkeep.Core.Models.Mail;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Services;

public class SendGridMailDeliveryService : IMailDeliveryService, IDisposable
{
    private readonly GlobalSettings _globalSettings;
    private readonly ILogger<SendGridMailDeliveryService> _logger;
    private readonly ISendGridClient _client;
    private readonly string _replyToEmail;

    public SendGridMailDeliveryService(GlobalSettings globalSettings, ILogger<SendGridMailDeliveryService> logger)
        : this(new SendGridClient(globalSettings.Mail.SendGridApiKey), globalSettings, logger)
    {
    }

    public SendGridMailDeliveryService(ISendGridClient client, GlobalSettings globalSettings,
        ILogger<SendGridMailDeliveryService> logger)
    {
        if (string.IsNullOrWhiteSpace(globalSettings.Mail?.SendGridApiKey))
        {
            throw new ArgumentNullException(nameof(globalSettings.Mail.SendGridApiKey));
        }
        _globalSettings = globalSettings;
        _logger = logger;
        _client = client;
        _replyToEmail = globalSettings.Mail.ReplyToEmail;
    }

    public void Dispose() { }

    public async Task SendEmailAsync(MailMessage message)
    {
        var msg = new SendGridMessage();
        msg.SetFrom(new EmailAddress(_replyToEmail, _globalSettings.SiteName));
        msg.AddTos(message.ToEmails.Select(e => new EmailAddress(e)).ToList());
        msg.SetSubject(message.Subject);
        msg.AddContent(MimeType.Html, message.HtmlContent);
        msg.AddContent(MimeType.Text, message.TextContent);
        msg.SetClickTracking(false, false);
        msg.SetOpenTracking(false);
        msg.AddCategory($"type:{message.Category}");

        var response = await _client.SendEmailAsync(msg);
        if (!response.IsSuccessStatusCode)
        {
            var responseBody = await response.Body.ReadAsStringAsync();
            _logger.LogError("SendGrid email sending failed with {0}: {1}", response.StatusCode, responseBody);
        }
    }
}
