using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Gearbox.NotificationService.NotificationChannels
{
    public interface IEmailNotifier
    {
        Task SendEmailAsync(string to, string subject, string body);
    }

    public class SMTPEmailNotifier : IEmailNotifier
    {
        private readonly string _smtpServer;
        private readonly int _smtpPort;
        private readonly string _userName;
        private readonly string _password;
        private readonly string _from;

        public SMTPEmailNotifier(string smtpServer, int smtpPort, string userName, string password, string from)
        {
            _smtpServer = smtpServer;
            _smtpPort = smtpPort;
            _userName = userName;
            _password = password;
            _from = from;
        }

        public async Task SendEmailAsync(string to, string subject, string body)
        {
            var message = new MimeMessage();
            message.From.Add(new MailboxAddress("Gearbox Garage", _from));
            message.To.Add(MailboxAddress.Parse(to));
            message.Subject = subject;
            message.Body = new TextPart("plain") { Text = body };

            using var client = new SmtpClient();
            await client.ConnectAsync(_smtpServer, _smtpPort, SecureSocketOptions.None);
            if (!string.IsNullOrEmpty(_userName))
            {
                await client.AuthenticateAsync(_userName, _password);
            }
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }
    }
}
