namespace Showpass.Integration.MessagingBus;

public class IntegrationBaseMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public DateTime CreationDateTime { get; set; } = DateTime.UtcNow;
}
