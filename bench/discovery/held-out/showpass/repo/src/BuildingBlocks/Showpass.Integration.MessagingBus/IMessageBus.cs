namespace Showpass.Integration.MessagingBus;

public interface IMessageBus
{
    Task PublishMessage(IntegrationBaseMessage message, string topicName);
}
