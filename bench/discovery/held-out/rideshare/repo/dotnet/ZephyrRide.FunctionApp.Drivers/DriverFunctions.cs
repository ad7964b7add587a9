using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Http;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.Shared.Models;
using ZephyrRide.Shared.Services;

namespace ZephyrRide.FunctionApp.Drivers
{
    public class DriverFunctions
    {
        private readonly IPersistenceService _persistence;
        private readonly IChangeNotifierService _notifier;

        public DriverFunctions(IPersistenceService persistence, IChangeNotifierService notifier)
        {
            _persistence = persistence;
            _notifier = notifier;
        }

        [FunctionName("GetDrivers")]
        public async Task<IActionResult> GetDrivers(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "drivers")] HttpRequest req,
            ILogger log)
        {
            log.LogInformation("GetDrivers triggered");
            try
            {
                var drivers = await _persistence.RetrieveDriversAsync();
                return new OkObjectResult(drivers);
            }
            catch (Exception ex)
            {
                log.LogError(ex, "GetDrivers failed");
                return new BadRequestObjectResult(ex.Message);
            }
        }

        [FunctionName("GetAvailableDrivers")]
        public async Task<IActionResult> GetAvailableDrivers(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "drivers/available")] HttpRequest req,
            ILogger log)
        {
            int.TryParse(req.Query["max"], out var max);
            var drivers = await _persistence.RetrieveDriversAcceptingRidesAsync(max > 0 ? max : 20);
            return new OkObjectResult(drivers);
        }

        [FunctionName("GetDriver")]
        public async Task<IActionResult> GetDriver(
            [HttpTrigger(AuthorizationLevel.Function, "get", Route = "drivers/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            var driver = await _persistence.RetrieveDriverAsync(code);
            return driver == null ? (IActionResult)new NotFoundResult() : new OkObjectResult(driver);
        }

        [FunctionName("CreateDriver")]
        public async Task<IActionResult> CreateDriver(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = "drivers")] HttpRequest req,
            ILogger log)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            var driver = JsonConvert.DeserializeObject<DriverItem>(body);
            if (driver == null || string.IsNullOrWhiteSpace(driver.Code))
                return new BadRequestObjectResult("A driver code is required");

            driver = await _persistence.UpsertDriverAsync(driver);
            return new OkObjectResult(driver);
        }

        [FunctionName("UpdateDriver")]
        public async Task<IActionResult> UpdateDriver(
            [HttpTrigger(AuthorizationLevel.Function, "put", Route = "drivers")] HttpRequest req,
            ILogger log)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            var driver = JsonConvert.DeserializeObject<DriverItem>(body);
            driver = await _persistence.UpsertDriverAsync(driver);
            return new OkObjectResult(driver);
        }

        [FunctionName("UpdateDriverLocation")]
        public async Task<IActionResult> UpdateDriverLocation(
            [HttpTrigger(AuthorizationLevel.Function, "put", Route = "drivers/{code}/location")] HttpRequest req,
            string code,
            ILogger log)
        {
            var body = await new StreamReader(req.Body).ReadToEndAsync();
            var location = JsonConvert.DeserializeObject<DriverLocationItem>(body) ?? new DriverLocationItem();
            location.DriverCode = code;

            try
            {
                var driver = await _persistence.UpdateDriverLocationAsync(location);
                await _notifier.DriverLocationChangedAsync(driver);
                return new OkObjectResult(driver);
            }
            catch (KeyNotFoundException)
            {
                return new NotFoundResult();
            }
        }

        [FunctionName("DeleteDriver")]
        public async Task<IActionResult> DeleteDriver(
            [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "drivers/{code}")] HttpRequest req,
            string code,
            ILogger log)
        {
            await _persistence.DeleteDriverAsync(code);
            return new OkResult();
        }

        [FunctionName("Health")]
        public static IActionResult Health(
            [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req)
        {
            return new OkObjectResult(new { status = "Healthy", app = "drivers", time = DateTime.UtcNow });
        }
    }
}
