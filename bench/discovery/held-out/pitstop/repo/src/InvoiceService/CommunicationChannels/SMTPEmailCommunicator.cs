using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Gearbox.InvoiceService.CommunicationChannels
{
    public interface IEmailCommunicator
    {
        Task SendEmailAsync(MimeMessage message);
    }

    /// <summary>
    /// Sends e-mail over SMTP. In the docker-compose / k8s setups the SMTP server is a
    /// MailDev container ("mailserver") that catches all mail.
    /// </summary>
    public class SMTPEmailCommunicator : IEmailCommunicator
    {
        private readonly string _host;
        private readonly int _port;
        private readonly string _userName;
        private readonly string _password;

        public SMTPEmailCommunicator(string host, int port, string userName, string password)
        {
            _host = host;
            _port = port;
            _userName = userName;
            _password = password;
        }

        public async Task SendEmailAsync(MimeMessage message)
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(_host, _port, SecureSocketOptions.None);
            // MailDev accepts any credentials
            if (!string.IsNullOrEmpty(_userName))
            {
                await client.AuthenticateAsync(_userName, _password);
            }
            await client.SendAsync(message);
            await client.DisconnectAsync(true);
        }
    }
}
