using Gearbox.Infrastructure.Messaging;

namespace Gearbox.UnitTests.TestUtils
{
    /// <summary>
    /// Records published messages instead of talking to RabbitMQ.
    /// </summary>
    public class FakeMessagePublisher : IMessagePublisher
    {
        public List<(string MessageType, object Message)> Published { get; } = new();

        public Task PublishMessageAsync(string messageType, object message, string routingKey)
        {
            Published.Add((messageType, message));
            return Task.CompletedTask;
        }
    }
}
