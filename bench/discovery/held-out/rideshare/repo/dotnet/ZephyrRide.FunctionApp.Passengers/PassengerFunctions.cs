using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.FunctionApp.Passengers.Services;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Passengers
{
    public class PassengerFunctions
    {
        private readonly IUserService _users;

        public PassengerFunctions(IUserService users)
        {
            _users = users;
        }

        [FunctionName("GetPassengers")]
        public async Task<IActionResult> GetPassengers(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "passengers")] HttpRequest req,
            ILogger log)
        {
            string filter = req.Query["filter"];
            var (users, nextLink) = await _users.GetUsersAsync(filter);
            return new OkObjectResult(new { passengers = users, nextLink });
        }

        [FunctionName("GetPassenger")]
        public async Task<IActionResult> GetPassenger(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "passengers/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            var passenger = await _users.GetUserByIdAsync(code);
            return passenger == null ? (IActionResult)new NotFoundResult() : new OkObjectResult(passenger);
        }

        [FunctionName("UpdatePassenger")]
        public async Task<IActionResult> UpdatePassenger(
            [HttpTrigger(AuthorizationLevel.Function, "put", Route = "passengers/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            var passenger = JsonConvert.DeserializeObject<PassengerItem>(body) ?? new PassengerItem();
            passenger.Code = code;
            await _users.UpdateUserAsync(passenger);
            return new NoContentResult();
        }

        /// <summary>
        /// Trip history for a passenger, read straight from the trips container via the Cosmos DB input binding.
        /// </summary>
        [FunctionName("GetPassengerTrips")]
        public static IActionResult GetPassengerTrips(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "passengers/{code}/trips")] HttpRequest req,
            [CosmosDB(
                databaseName: "%CosmosDbDatabaseName%",
                containerName: "%CosmosDbTripsContainer%",
                Connection = "CosmosDbConnection",
                SqlQuery = "SELECT * FROM c WHERE c.passengerCode = {code} ORDER BY c.startDate DESC")]
                IEnumerable<TripItem> trips,
            string code,
            ILogger log)
        {
            var list = trips?.ToList() ?? new List<TripItem>();
            log.LogInformation("Passenger {Code} has {Count} trips", code, list.Count);
            return new OkObjectResult(list);
        }

        [FunctionName("Health")]
        public static IActionResult Health(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
        {
            return new OkObjectResult(new { status = "Healthy", app = "passengers", time = DateTime.UtcNow });
        }
    }
}
