using System;
using System.Threading.Tasks;
using Azure.Messaging.EventGrid;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.EventGrid;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using SendGrid.Helpers.Mail;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Notifications
{
    /// <summary>
    /// Trip receipt e-mails. Switched off until legal signs off on the receipt template (ZR-412);
    /// there is no Event Grid subscription for this handler in eventgrid.bicep either.
    /// </summary>
    public static class EmailNotifier
    {
        [Disable]
        [FunctionName("EVGH_TripExternalizations2Email")]
        public static async Task TripExternalizations2Email(
            [EventGridTrigger] EventGridEvent eventGridEvent,
            [SendGrid(ApiKey = "SendGridApiKey")] IAsyncCollector<SendGridMessage> messages,
            ILogger log)
        {
            if (eventGridEvent.EventType != TripEventTypes.TripCompleted)
                return;

            var trip = JsonConvert.DeserializeObject<TripItem>(eventGridEvent.Data.ToString());
            if (string.IsNullOrEmpty(trip?.Passenger?.Email))
                return;

            var message = new SendGridMessage();
            message.SetFrom(Environment.GetEnvironmentVariable("NotificationFromAddress"));
            message.AddTo(trip.Passenger.Email);
            message.SetSubject($"Your Zephyr ride {trip.Code}");
            message.AddContent("text/plain", $"Thanks for riding with Zephyr. Trip duration: {TimeSpan.FromSeconds(trip.Duration):mm\\:ss}.");
            await messages.AddAsync(message);
        }
    }
}
