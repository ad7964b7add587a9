using System;

namespace Gearbox.Infrastructure.Messaging
{
    /// <summary>
    /// Base-class for all messages sent over the message-broker.
    /// </summary>
    public class Message
    {
        public readonly Guid MessageId;
        public readonly string MessageType;

        public Message() : this(Guid.NewGuid())
        {
        }

        public Message(Guid messageId)
        {
            MessageId = messageId;
            MessageType = this.GetType().Name;
        }

        public Message(string messageType) : this(Guid.NewGuid())
        {
            MessageType = messageType;
        }

        public Message(Guid messageId, string messageType)
        {
            MessageId = messageId;
            MessageType = messageType;
        }
    }

    /// <summary>Base-class for commands (intent to change state).</summary>
    public class Command : Message
    {
        public Command() { }
        public Command(Guid messageId) : base(messageId) { }
        public Command(string messageType) : base(messageType) { }
        public Command(Guid messageId, string messageType) : base(messageId, messageType) { }
    }

    /// <summary>Base-class for events (something that happened).</summary>
    public class Event : Message
    {
        public Event() { }
        public Event(Guid messageId) : base(messageId) { }
        public Event(string messageType) : base(messageType) { }
        public Event(Guid messageId, string messageType) : base(messageId, messageType) { }
    }
}
