using System.Threading.Tasks;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ParcelHub.Services.Customers.Infrastructure.Mail
{
    public interface IWelcomeMailer
    {
        Task SendAsync(string email, string fullName);
    }

    internal sealed class WelcomeMailer : IWelcomeMailer
    {
        private readonly SmtpOptions _options;
        private readonly ILogger<WelcomeMailer> _logger;

        public WelcomeMailer(IConfiguration configuration, ILogger<WelcomeMailer> logger)
        {
            _options = configuration.GetSection("smtp").Get<SmtpOptions>() ?? new SmtpOptions();
            _logger = logger;
        }

        public async Task SendAsync(string email, string fullName)
        {
            if (!_options.Enabled)
            {
                _logger.LogDebug("SMTP is disabled, skipping welcome e-mail for {Email}.", email);
                return;
            }

            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(_options.From));
            message.To.Add(MailboxAddress.Parse(email));
            message.Subject = "Welcome to ParcelHub";
            message.Body = new TextPart("plain") { Text = $"Hi {fullName}, your ParcelHub account is ready." };

            using var client = new SmtpClient();
            await client.ConnectAsync(_options.Host, _options.Port);
            await client.AuthenticateAsync(_options.Username, _options.Password);
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }
    }

    public class SmtpOptions
    {
        public bool Enabled { get; set; }
        public string Host { get; set; }
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string From { get; set; }
    }
}
