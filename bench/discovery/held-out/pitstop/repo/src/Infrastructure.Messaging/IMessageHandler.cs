using System.Threading.Tasks;

namespace Gearbox.Infrastructure.Messaging
{
    public interface IMessageHandler
    {
        void Start(IMessageHandlerCallback callback);
        void Stop();
    }

    public interface IMessageHandlerCallback
    {
        /// <returns>true when the message was handled and can be acked.</returns>
        Task<bool> HandleMessageAsync(string messageType, string message);
    }
}
