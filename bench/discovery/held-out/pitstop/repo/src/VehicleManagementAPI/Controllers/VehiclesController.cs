using System.Text.RegularExpressions;
using Gearbox.Infrastructure.Messaging;
using Gearbox.VehicleManagementAPI.Commands;
using Gearbox.VehicleManagementAPI.DataAccess;
using Gearbox.VehicleManagementAPI.Events;
using Gearbox.VehicleManagementAPI.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gearbox.VehicleManagementAPI.Controllers
{
    [Route("/api/[controller]")]
    public class VehiclesController : Controller
    {
        private const string NUMBER_PATTERN = @"^((\d{1,3}|[a-z]{1,3})-){2}(\d{1,3}|[a-z]{1,3})$";
        private readonly IMessagePublisher _messagePublisher;
        private readonly VehicleManagementDBContext _dbContext;

        public VehiclesController(VehicleManagementDBContext dbContext, IMessagePublisher messagePublisher)
        {
            _dbContext = dbContext;
            _messagePublisher = messagePublisher;
        }

        [HttpGet]
        public async Task<IActionResult> GetAllAsync()
        {
            return Ok(await _dbContext.Vehicles.ToListAsync());
        }

        [HttpGet]
        [Route("{licenseNumber}", Name = "GetByLicenseNumber")]
        public async Task<IActionResult> GetByLicenseNumber(string licenseNumber)
        {
            var vehicle = await _dbContext.Vehicles.FirstOrDefaultAsync(v => v.LicenseNumber == licenseNumber);
            if (vehicle == null)
            {
                return NotFound();
            }
            return Ok(vehicle);
        }

        [HttpPost]
        public async Task<IActionResult> RegisterAsync([FromBody] RegisterVehicle command)
        {
            if (!ModelState.IsValid)
            {
                return BadRequest();
            }

            // check invariants
            if (!Regex.IsMatch(command.LicenseNumber, NUMBER_PATTERN, RegexOptions.IgnoreCase))
            {
                return BadRequest($"The specified license-number '{command.LicenseNumber}' was not in the correct format.");
            }

            try
            {
                // insert vehicle
                var vehicle = new Vehicle
                {
                    LicenseNumber = command.LicenseNumber,
                    Brand = command.Brand,
                    Type = command.Type,
                    OwnerId = command.OwnerId
                };
                _dbContext.Vehicles.Add(vehicle);
                await _dbContext.SaveChangesAsync();

                // send event
                var e = new VehicleRegistered(Guid.NewGuid(), vehicle.LicenseNumber, vehicle.Brand, vehicle.Type, vehicle.OwnerId);
                await _messagePublisher.PublishMessageAsync(e.MessageType, e, "");

                return CreatedAtRoute("GetByLicenseNumber", new { licenseNumber = vehicle.LicenseNumber }, vehicle);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError("", "Unable to save changes. " +
                    "Try again, and if the problem persists " +
                    "see your system administrator.");
                return StatusCode(StatusCodes.Status500InternalServerError);
            }
        }
    }
}
