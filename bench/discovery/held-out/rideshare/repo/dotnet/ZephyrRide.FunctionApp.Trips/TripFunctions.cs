using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.FunctionApp.Trips.Services;
using ZephyrRide.Shared.Models;
using ZephyrRide.Shared.Services;

namespace ZephyrRide.FunctionApp.Trips
{
    public class TripFunctions
    {
        private readonly IPersistenceService _persistence;
        private readonly IOrchestratorClient _orchestrators;

        public TripFunctions(IPersistenceService persistence, IOrchestratorClient orchestrators)
        {
            _persistence = persistence;
            _orchestrators = orchestrators;
        }

        [FunctionName("GetTrips")]
        public async Task<IActionResult> GetTrips(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "trips")] HttpRequest req,
            ILogger log)
        {
            var trips = await _persistence.RetrieveTripsAsync();
            return new OkObjectResult(trips);
        }

        [FunctionName("GetActiveTrips")]
        public async Task<IActionResult> GetActiveTrips(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "trips/active")] HttpRequest req,
            ILogger log)
        {
            var trips = await _persistence.RetrieveActiveTripsAsync();
            return new OkObjectResult(trips);
        }

        [FunctionName("GetTrip")]
        public async Task<IActionResult> GetTrip(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "trips/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            var trip = await _persistence.RetrieveTripAsync(code);
            return trip == null ? (IActionResult)new NotFoundResult() : new OkObjectResult(trip);
        }

        /// <summary>
        /// Creates a trip and hands it to the TripManager orchestration.
        /// </summary>
        [FunctionName("CreateTrip")]
        public async Task<IActionResult> CreateTrip(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "trips")] HttpRequest req,
            ILogger log)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            var trip = JsonConvert.DeserializeObject<TripItem>(body);
            if (trip?.Passenger == null || string.IsNullOrWhiteSpace(trip.Passenger.Code))
                return new BadRequestObjectResult("A passenger is required");

            try
            {
                trip = await _persistence.UpsertTripAsync(trip);
                if (trip.Type == TripTypes.Demo)
                    await _orchestrators.StartTripDemoAsync(trip);
                else
                    await _orchestrators.StartTripManagerAsync(trip);

                return new OkObjectResult(trip);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "CreateTrip failed");
                return new ObjectResult(ex.Message) { StatusCode = StatusCodes.Status502BadGateway };
            }
        }

        [FunctionName("AssignTripDriver")]
        public async Task<IActionResult> AssignTripDriver(
            [HttpTrigger(AuthorizationLevel.Function, "put", Route = "trips/{code}/drivers/{driverCode}")] HttpRequest req,
            string code,
            string driverCode,
            ILogger log)
        {
            await _orchestrators.AcknowledgeDriverAsync(code, driverCode);
            return new AcceptedResult();
        }

        [FunctionName("CancelTrip")]
        public async Task<IActionResult> CancelTrip(
            [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "trips/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            await _orchestrators.AbortTripAsync(code);
            return new AcceptedResult();
        }

        [FunctionName("Health")]
        public static IActionResult Health(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
        {
            return new OkObjectResult(new { status = "Healthy", app = "trips", time = DateTime.UtcNow });
        }
    }
}
