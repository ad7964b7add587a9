using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Northgate.GantryWatch.TollGateService.DomainServices;
using Northgate.GantryWatch.TollGateService.Models;
using Northgate.GantryWatch.TollGateService.Repositories;

namespace Northgate.GantryWatch.TollGateService.Controllers;

[ApiController]
[Route("")]
public class TollGateController : ControllerBase
{
    private const string PubSubName = "pubsub";
    private const string ViolationsTopic = "speedingviolations";

    private readonly ILogger<TollGateController> _logger;
    private readonly IVehicleStateRepository _vehicleStateRepository;
    private readonly ISpeedingViolationCalculator _speedingViolationCalculator;
    private readonly string _roadId;

    public TollGateController(
        ILogger<TollGateController> logger,
        IVehicleStateRepository vehicleStateRepository,
        ISpeedingViolationCalculator speedingViolationCalculator)
    {
        _logger = logger;
        _vehicleStateRepository = vehicleStateRepository;
        _speedingViolationCalculator = speedingViolationCalculator;
        _roadId = speedingViolationCalculator.GetRoadId();
    }

    // Invoked by the Dapr "entrycam" MQTT input binding (route == component name).
    [HttpPost("entrycam")]
    public async Task<ActionResult> VehicleEntryAsync(VehicleRegistered msg)
    {
        try
        {
            _logger.LogInformation("ENTRY detected in lane {Lane} at {Time} of vehicle with plate {Plate}.",
                msg.Lane, msg.Timestamp.ToString("HH:mm:ss"), msg.LicenseNumber);

            var vehicleState = new VehicleState(msg.LicenseNumber, msg.Timestamp);
            await _vehicleStateRepository.SaveVehicleStateAsync(vehicleState);

            return Ok();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Error occurred while processing ENTRY");
            return StatusCode(500);
        }
    }

    // Invoked by the Dapr "exitcam" MQTT input binding.
    [HttpPost("exitcam")]
    public async Task<ActionResult> VehicleExitAsync(VehicleRegistered msg, [FromServices] DaprClient daprClient)
    {
        try
        {
            var state = await _vehicleStateRepository.GetVehicleStateAsync(msg.LicenseNumber);
            if (state == null)
            {
                return NotFound();
            }

            _logger.LogInformation("EXIT detected in lane {Lane} at {Time} of vehicle with plate {Plate}.",
                msg.Lane, msg.Timestamp.ToString("HH:mm:ss"), msg.LicenseNumber);

            var exitState = state.Value with { ExitTimestamp = msg.Timestamp };
            await _vehicleStateRepository.SaveVehicleStateAsync(exitState);

            int violation = _speedingViolationCalculator.DetermineSpeedingViolationInKmh(
                exitState.EntryTimestamp, exitState.ExitTimestamp!.Value);
            if (violation > 0)
            {
                _logger.LogInformation("Speeding violation detected ({Violation} KMh) of vehicle with plate {Plate}.",
                    violation, exitState.LicenseNumber);

                var speedingViolation = new SpeedingViolation(msg.LicenseNumber, _roadId, violation, msg.Timestamp);
                await daprClient.PublishEventAsync(PubSubName, ViolationsTopic, speedingViolation);
            }

            return Ok();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Error occurred while processing EXIT");
            return StatusCode(500);
        }
    }
}
