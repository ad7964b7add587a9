using System.Threading.Tasks;
using Azure.Messaging.EventGrid;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.EventGrid;
using Microsoft.Azure.WebJobs.Extensions.Http;
using Microsoft.Azure.WebJobs.Extensions.SignalRService;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Notifications
{
    /// <summary>
    /// Real-time fan-out to the SPA through Azure SignalR Service (serverless mode).
    /// The SPA calls /api/negotiate, then receives hub messages pushed by the Event Grid handlers below.
    /// </summary>
    public static class SignalRFunctions
    {
        private const string TripsHub = "trips";
        private const string DriversHub = "drivers";
        private const string SignalRConnection = "AzureSignalRConnectionString";

        [FunctionName("negotiate")]
        public static SignalRConnectionInfo Negotiate(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "negotiate")] HttpRequest req,
            [SignalRConnectionInfo(HubName = TripsHub, ConnectionStringSetting = SignalRConnection, UserId = "{headers.x-zephyr-passenger}")]
                SignalRConnectionInfo connectionInfo)
        {
            return connectionInfo;
        }

        [FunctionName("EVGH_TripExternalizations2SignalR")]
        public static async Task TripExternalizations2SignalR(
            [EventGridTrigger] EventGridEvent eventGridEvent,
            [SignalR(HubName = TripsHub, ConnectionStringSetting = SignalRConnection)] IAsyncCollector<SignalRMessage> signalRMessages,
            ILogger log)
        {
            var trip = JsonConvert.DeserializeObject<TripItem>(eventGridEvent.Data.ToString());
            if (trip == null)
                return;

            var target = eventGridEvent.EventType.Substring(eventGridEvent.EventType.LastIndexOf('.') + 1);
            log.LogInformation("Pushing {Target} for trip {Code}", target, trip.Code);

            // Passenger gets every update for their trip
            await signalRMessages.AddAsync(new SignalRMessage
            {
                UserId = trip.PassengerCode,
                Target = target,
                Arguments = new object[] { trip }
            });

            // Available drivers get the new-trip offer
            if (eventGridEvent.EventType == TripEventTypes.TripDriversNotified)
            {
                foreach (var driver in trip.AvailableDrivers)
                {
                    await signalRMessages.AddAsync(new SignalRMessage
                    {
                        UserId = driver.Code,
                        Target = "tripOffered",
                        Arguments = new object[] { trip }
                    });
                }
            }
        }

        [FunctionName("EVGH_DriverExternalizations2SignalR")]
        public static Task DriverExternalizations2SignalR(
            [EventGridTrigger] EventGridEvent eventGridEvent,
            [SignalR(HubName = DriversHub, ConnectionStringSetting = SignalRConnection)] IAsyncCollector<SignalRMessage> signalRMessages,
            ILogger log)
        {
            var location = JsonConvert.DeserializeObject<DriverLocationItem>(eventGridEvent.Data.ToString());
            return signalRMessages.AddAsync(new SignalRMessage
            {
                Target = "driverLocationChanged",
                Arguments = new object[] { location }
            });
        }

        [FunctionName("Health")]
        public static IActionResult Health(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
        {
            return new OkObjectResult(new { status = "Healthy", app = "notifications" });
        }
    }
}
