using System.Threading.Tasks;
using Azure.Messaging.EventGrid;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.EventGrid;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.FunctionApp.Trips.Services;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Trips
{
    /// <summary>
    /// Event Grid handler subscribed to the trip-events topic (see eventgrid.bicep, subscription "trips-reporting").
    /// Projects trip lifecycle events into the Azure SQL reporting database.
    /// </summary>
    public class TripExternalizations
    {
        private readonly IReportingService _reporting;

        public TripExternalizations(IReportingService reporting)
        {
            _reporting = reporting;
        }

        [FunctionName("EVGH_TripExternalizations2Reporting")]
        public async Task ProjectToReporting(
            [EventGridTrigger] EventGridEvent eventGridEvent,
            ILogger log)
        {
            log.LogInformation("Reporting handler received {Type} {Subject}", eventGridEvent.EventType, eventGridEvent.Subject);

            var trip = JsonConvert.DeserializeObject<TripItem>(eventGridEvent.Data.ToString());
            if (trip == null)
            {
                log.LogWarning("Event {Id} had no trip payload", eventGridEvent.Id);
                return;
            }

            switch (eventGridEvent.EventType)
            {
                case TripEventTypes.TripCreated:
                case TripEventTypes.TripDriverPicked:
                case TripEventTypes.TripCompleted:
                case TripEventTypes.TripAborted:
                    await _reporting.UpsertTripFactAsync(eventGridEvent.EventType, trip);
                    break;
                default:
                    // TripRunning / TripStarting are too chatty for reporting
                    break;
            }
        }
    }
}
