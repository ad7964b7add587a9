using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;
using Vaultkeep.Core.Models.Mail;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;

namespace Vaultkeep.Core.Services;

public class MailKitSmtpMailDeliveryService : IMailDeliveryService
{
    private readonly GlobalSettings _globalSettings;
    private readonly ILogger<MailKitSmtpMailDeliveryService> _logger;
    private readonly string _replyDomain;
    private readonly string _replyEmail;

    public MailKitSmtpMailDeliveryService(GlobalSettings globalSettings,
        ILogger<MailKitSmtpMailDeliveryService> logger)
    {
        if (globalSettings.Mail.Smtp?.Host == null)
        {
            throw new ArgumentNullException(nameof(globalSettings.Mail.Smtp.Host));
        }

        _replyEmail = CoreHelpers.SettingHasValue(globalSettings.Mail.ReplyToEmail)
            ? globalSettings.Mail.ReplyToEmail : "no-reply@localhost";
        var atIndex = _replyEmail.IndexOf('@');
        _replyDomain = _replyEmail.Substring(atIndex + 1);

        _globalSettings = globalSettings;
        _logger = logger;
    }

    public async Task SendEmailAsync(MailMessage message)
    {
        var mimeMessage = new MimeMessage();
        mimeMessage.From.Add(new MailboxAddress(_globalSettings.SiteName, _replyEmail));
        mimeMessage.Subject = message.Subject;
        mimeMessage.MessageId = $"<{Guid.NewGuid()}@{_replyDomain}>";
        foreach (var address in message.ToEmails)
        {
            mimeMessage.To.Add(MailboxAddress.Parse(address.Trim()));
        }

        var builder = new BodyBuilder();
        if (!string.IsNullOrWhiteSpace(message.TextContent))
        {
            builder.TextBody = message.TextContent;
        }
        builder.HtmlBody = message.HtmlContent;
        mimeMessage.Body = builder.ToMessageBody();

        using (var client = new SmtpClient())
        {
            if (_globalSettings.Mail.Smtp.TrustServer)
            {
                client.ServerCertificateValidationCallback = (s, c, h, e) => true;
            }

            if (!_globalSettings.Mail.Smtp.StartTls && !_globalSettings.Mail.Smtp.Ssl &&
                _globalSettings.Mail.Smtp.Port == 25)
            {
                await client.ConnectAsync(_globalSettings.Mail.Smtp.Host, _globalSettings.Mail.Smtp.Port,
                    MailKit.Security.SecureSocketOptions.None);
            }
            else
            {
                var useSsl = _globalSettings.Mail.Smtp.SslOverride || _globalSettings.Mail.Smtp.Ssl;
                await client.ConnectAsync(_globalSettings.Mail.Smtp.Host, _globalSettings.Mail.Smtp.Port, useSsl);
            }

            if (CoreHelpers.SettingHasValue(_globalSettings.Mail.Smtp.Username) &&
                CoreHelpers.SettingHasValue(_globalSettings.Mail.Smtp.Password))
            {
                await client.AuthenticateAsync(_globalSettings.Mail.Smtp.Username,
                    _globalSettings.Mail.Smtp.Password);
            }

            await client.SendAsync(mimeMessage);
            await client.DisconnectAsync(true);
        }
    }
}

public interface IMailDeliveryService
{
    Task SendEmailAsync(MailMessage message);
}

public class NoopMailDeliveryService : IMailDeliveryService
{
    public Task SendEmailAsync(MailMessage message) => Task.FromResult(0);
}
