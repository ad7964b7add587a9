using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuneCrate.Models;

namespace TuneCrate.Services
{
    public interface IEmailSender
    {
        Task SendEmailAsync(string email, string subject, string message);
    }

    public class EmailSender : IEmailSender
    {
        private readonly EmailOptions _options;
        private readonly ILogger<EmailSender> _logger;

        public EmailSender(IOptions<EmailOptions> options, ILogger<EmailSender> logger)
        {
            _options = options.Value;
            _logger = logger;
        }

        public async Task SendEmailAsync(string email, string subject, string message)
        {
            if (!_options.Enabled)
            {
                _logger.LogInformation("Email disabled; would have sent '{Subject}' to {Email}", subject, email);
                return;
            }

            using (var smtp = new SmtpClient(_options.Host, _options.Port))
            {
                smtp.EnableSsl = true;
                smtp.Credentials = new NetworkCredential(_options.Username, _options.Password);
                await smtp.SendMailAsync(new MailMessage(_options.From, email, subject, message) { IsBodyHtml = true });
            }
        }
    }
}
