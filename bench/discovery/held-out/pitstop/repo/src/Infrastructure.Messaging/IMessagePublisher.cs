using System.Threading.Tasks;

namespace Gearbox.Infrastructure.Messaging
{
    public interface IMessagePublisher
    {
        /// <summary>
        /// Publish a message.
        /// </summary>
        /// <param name="messageType">Type of the message (used as routing-key).</param>
        /// <param name="message">The message to publish.</param>
        /// <param name="routingKey">Optional routing-key; defaults to the message-type.</param>
        Task PublishMessageAsync(string messageType, object message, string routingKey);
    }
}
