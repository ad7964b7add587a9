using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Convey.CQRS.Events;
using Convey.MessageBrokers;
using Convey.MessageBrokers.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ParcelHub.Services.Orders.Application.Services;

namespace ParcelHub.Services.Orders.Infrastructure.Services
{
    internal sealed class MessageBroker : IMessageBroker
    {
        private const string DefaultSpanContextHeader = "span_context";
        private readonly IBusPublisher _busPublisher;
        private readonly IMessageOutbox _outbox;
        private readonly IHttpContextAccessor _httpContextAccessor;
        private readonly ILogger<IMessageBroker> _logger;

        public MessageBroker(IBusPublisher busPublisher, IMessageOutbox outbox,
            IHttpContextAccessor httpContextAccessor, ILogger<IMessageBroker> logger)
        {
            _busPublisher = busPublisher;
            _outbox = outbox;
            _httpContextAccessor = httpContextAccessor;
            _logger = logger;
        }

        public Task PublishAsync(params IEvent[] events) => PublishAsync(events?.AsEnumerable());

        public async Task PublishAsync(IEnumerable<IEvent> events)
        {
            if (events is null)
            {
                return;
            }

            var correlationId = _httpContextAccessor.HttpContext?.TraceIdentifier;
            foreach (var @event in events)
            {
                if (@event is null)
                {
                    continue;
                }

                var messageId = System.Guid.NewGuid().ToString("N");
                _logger.LogTrace($"Publishing integration event: {@event.GetType().Name} [id: '{messageId}'].");
                if (_outbox.Enabled)
                {
                    await _outbox.SendAsync(@event, messageId: messageId, correlationId: correlationId);
                    continue;
                }

                await _busPublisher.PublishAsync(@event, messageId, correlationId);
            }
        }
    }
}
