using SendGrid;
using SendGrid.Helpers.Mail;

namespace Showpass.Services.Ordering.Services;

public interface IEmailSender
{
    Task SendOrderConfirmation(string to, Guid orderId, int total);
}

public class NoOpEmailSender : IEmailSender
{
    private readonly ILogger<NoOpEmailSender> _logger;
    public NoOpEmailSender(ILogger<NoOpEmailSender> logger) => _logger = logger;

    public Task SendOrderConfirmation(string to, Guid orderId, int total)
    {
        _logger.LogInformation("Order confirmation e-mails disabled; skipping {OrderId}", orderId);
        return Task.CompletedTask;
    }
}

/// <summary>Enabled with Features:SendOrderConfirmationEmail.</summary>
public class SendGridEmailSender : IEmailSender
{
    private readonly SendGridClient _client;
    private readonly string _from;

    public SendGridEmailSender(IConfiguration configuration)
    {
        _client = new SendGridClient(configuration["SendGrid:ApiKey"]);
        _from = configuration["SendGrid:FromAddress"]!;
    }

    public async Task SendOrderConfirmation(string to, Guid orderId, int total)
    {
        var msg = MailHelper.CreateSingleEmail(new EmailAddress(_from, "Showpass"), new EmailAddress(to),
            $"Your Showpass order {orderId}", $"Thanks! Your total is {total}.", null);
        await _client.SendEmailAsync(msg);
    }
}
