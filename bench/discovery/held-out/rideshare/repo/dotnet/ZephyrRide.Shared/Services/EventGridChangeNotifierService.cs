using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Azure;
using Azure.Messaging.EventGrid;
using Microsoft.Extensions.Logging;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.Shared.Services
{
    public interface IChangeNotifierService
    {
        Task TripEventAsync(string eventType, TripItem trip);
        Task DriverLocationChangedAsync(DriverItem driver);
    }

    /// <summary>
    /// Externalizes trip and driver changes to the Event Grid custom topics.
    /// Subscribers (SignalR notifier, Node.js archiver, reporting) are wired in deploy/bicep/modules/eventgrid.bicep.
    /// </summary>
    public class EventGridChangeNotifierService : IChangeNotifierService
    {
        private static readonly ConcurrentDictionary<string, EventGridPublisherClient> Publishers =
            new ConcurrentDictionary<string, EventGridPublisherClient>();

        private readonly ISettingService _settings;
        private readonly ILogger<EventGridChangeNotifierService> _log;

        public EventGridChangeNotifierService(ISettingService settings, ILogger<EventGridChangeNotifierService> log)
        {
            _settings = settings;
            _log = log;
        }

        public async Task TripEventAsync(string eventType, TripItem trip)
        {
            if (!_settings.IsChangeNotificationsEnabled())
            {
                _log.LogWarning("Change notifications disabled - skipping {EventType} for {Trip}", eventType, trip.Code);
                return;
            }

            var publisher = GetPublisher(_settings.GetTripEventsTopicEndpoint(), _settings.GetTripEventsTopicKey());
            var evt = new EventGridEvent(
                subject: $"trips/{trip.Code}",
                eventType: eventType,
                dataVersion: "1.0",
                data: trip);

            await publisher.SendEventAsync(evt);
            _log.LogInformation("Published {EventType} for trip {Trip}", eventType, trip.Code);

            // Legacy path from the 2019 prototype - trip updates went to a Service Bus queue.
            // Replaced by Event Grid fan-out; kept for reference until the v1 consumers are retired.
            //
            // var sbClient = new ServiceBusClient(Environment.GetEnvironmentVariable("ServiceBusConnection"));
            // var sender = sbClient.CreateSender("trip-updates");
            // await sender.SendMessageAsync(new ServiceBusMessage(JsonConvert.SerializeObject(trip)));
        }

        public async Task DriverLocationChangedAsync(DriverItem driver)
        {
            if (!_settings.IsChangeNotificationsEnabled())
                return;

            var publisher = GetPublisher(_settings.GetDriverEventsTopicEndpoint(), _settings.GetDriverEventsTopicKey());
            var location = new DriverLocationItem
            {
                DriverCode = driver.Code,
                Latitude = driver.Latitude,
                Longitude = driver.Longitude,
                Timestamp = DateTime.UtcNow
            };

            await publisher.SendEventAsync(new EventGridEvent(
                subject: $"drivers/{driver.Code}",
                eventType: TripEventTypes.DriverLocationChanged,
                dataVersion: "1.0",
                data: location));
        }

        private static EventGridPublisherClient GetPublisher(string endpoint, string key)
        {
            if (string.IsNullOrWhiteSpace(endpoint))
                throw new InvalidOperationException("Event Grid topic endpoint is not configured");

            return Publishers.GetOrAdd(endpoint, e =>
                new EventGridPublisherClient(new Uri(e), new AzureKeyCredential(key)));
        }
    }
}
