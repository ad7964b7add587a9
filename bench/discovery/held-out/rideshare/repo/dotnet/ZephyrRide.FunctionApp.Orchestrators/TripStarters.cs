using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.DurableTask;
using Microsoft.Azure.WebJobs.Extensions.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.Shared.Helpers;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Orchestrators
{
    /// <summary>
    /// HTTP starters called by the Trips function app (OrchestratorClient).
    /// </summary>
    public static class TripStarters
    {
        [FunctionName("T_StartTripManager")]
        public static async Task<IActionResult> StartTripManager(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "tripmanagers")] HttpRequest req,
            [DurableClient] IDurableOrchestrationClient client,
            ILogger log)
        {
            var trip = await ReadTripAsync(req);
            if (trip == null || string.IsNullOrEmpty(trip.Code))
                return new BadRequestObjectResult("Trip with a code is required");

            var instanceId = trip.Code + Constants.TripManagerSuffix;
            var existing = await client.GetStatusAsync(instanceId);
            if (existing != null && existing.RuntimeStatus == OrchestrationRuntimeStatus.Running)
                return new ConflictObjectResult($"Trip manager {instanceId} already running");

            await client.StartNewAsync(Constants.TripManagerOrchestrator, instanceId, trip);
            log.LogInformation("Started {Orchestrator} {InstanceId}", Constants.TripManagerOrchestrator, instanceId);
            return new OkObjectResult(instanceId);
        }

        [FunctionName("T_AcknowledgeTripDriver")]
        public static async Task<IActionResult> AcknowledgeTripDriver(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "tripmanagers/{code}/acknowledge/drivers/{driverCode}")] HttpRequest req,
            string code,
            string driverCode,
            [DurableClient] IDurableOrchestrationClient client)
        {
            await client.RaiseEventAsync(code + Constants.TripManagerSuffix, Constants.TripDriverAcknowledgedEvent, driverCode);
            return new AcceptedResult();
        }

        [FunctionName("T_AbortTrip")]
        public static async Task<IActionResult> AbortTrip(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "tripmanagers/{code}/abort")] HttpRequest req,
            string code,
            [DurableClient] IDurableOrchestrationClient client)
        {
            await client.RaiseEventAsync(code + Constants.TripManagerSuffix, Constants.TripAbortedEvent, "passenger-cancelled");
            return new AcceptedResult();
        }

        [FunctionName("T_StartTripDemo")]
        public static async Task<IActionResult> StartTripDemo(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "tripdemos")] HttpRequest req,
            [DurableClient] IDurableOrchestrationClient client)
        {
            var trip = await ReadTripAsync(req);
            if (trip == null)
                return new BadRequestResult();

            var state = new TripDemoState { Code = trip.Code, Source = trip.Source, Destination = trip.Destination };
            var instanceId = trip.Code + Constants.TripDemoSuffix;
            await client.StartNewAsync(Constants.TripDemoOrchestrator, instanceId, state);
            return new OkObjectResult(instanceId);
        }

        [FunctionName("T_GetTripStatus")]
        public static async Task<IActionResult> GetTripStatus(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "tripmanagers/{code}")] HttpRequest req,
            string code,
            [DurableClient] IDurableOrchestrationClient client)
        {
            var status = await client.GetStatusAsync(code + Constants.TripManagerSuffix);
            return status == null ? (IActionResult)new NotFoundResult() : new OkObjectResult(status);
        }

        [FunctionName("Health")]
        public static IActionResult Health(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
        {
            return new OkObjectResult(new { status = "Healthy", app = "orchestrators", time = DateTime.UtcNow });
        }

        private static async Task<TripItem> ReadTripAsync(HttpRequest req)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            return JsonConvert.DeserializeObject<TripItem>(body);
        }
    }
}
