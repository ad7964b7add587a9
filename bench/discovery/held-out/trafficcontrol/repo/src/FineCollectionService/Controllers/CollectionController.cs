using Dapr;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Northgate.GantryWatch.FineCollectionService.DomainServices;
using Northgate.GantryWatch.FineCollectionService.Helpers;
using Northgate.GantryWatch.FineCollectionService.Models;
using Northgate.GantryWatch.FineCollectionService.Proxies;

namespace Northgate.GantryWatch.FineCollectionService.Controllers;

[ApiController]
[Route("")]
public class CollectionController : ControllerBase
{
    private static string? _fineCalculatorLicenseKey;
    private readonly ILogger<CollectionController> _logger;
    private readonly IFineCalculator _fineCalculator;
    private readonly VehicleRegistrationService _vehicleRegistrationService;

    public CollectionController(
        ILogger<CollectionController> logger,
        IFineCalculator fineCalculator,
        VehicleRegistrationService vehicleRegistrationService,
        DaprClient daprClient)
    {
        _logger = logger;
        _fineCalculator = fineCalculator;
        _vehicleRegistrationService = vehicleRegistrationService;

        // License key lives in the Dapr secret store (local file in dev, k8s secret in the cluster).
        if (_fineCalculatorLicenseKey == null)
        {
            var secrets = daprClient.GetSecretAsync("gantrywatch-secrets", "finecalculator.licensekey").Result;
            _fineCalculatorLicenseKey = secrets["finecalculator.licensekey"];
        }
    }

    [Topic("pubsub", "speedingviolations")]
    [Route("collectfine")]
    [HttpPost]
    public async Task<ActionResult> CollectFine(SpeedingViolation speedingViolation, [FromServices] DaprClient daprClient)
    {
        decimal fine = _fineCalculator.CalculateFine(_fineCalculatorLicenseKey!, speedingViolation.ViolationInKmh);

        var vehicleInfo = await _vehicleRegistrationService.GetVehicleInfo(speedingViolation.VehicleId);

        string fineString = fine == -1 ? "to be decided by the public prosecutor" : $"EUR {fine:0.00}";
        _logger.LogInformation("Sent speeding ticket to {Owner}. Road: {Road}, Plate: {Plate}, Vehicle: {Brand} {Model}, Violation: {Kmh} Km/h, Fine: {Fine}",
            vehicleInfo.OwnerName, speedingViolation.RoadId, speedingViolation.VehicleId,
            vehicleInfo.Brand, vehicleInfo.Model, speedingViolation.ViolationInKmh, fineString);

        // Send the fine by email through the Dapr SMTP output binding ("sendmail").
        var body = EmailUtils.CreateEmailBody(speedingViolation, vehicleInfo, fineString);
        var metadata = new Dictionary<string, string>
        {
            ["emailFrom"] = "fines@northgate-tollways.example",
            ["emailTo"] = vehicleInfo.OwnerEmail,
            ["subject"] = $"Speeding violation on the {speedingViolation.RoadId}"
        };
        await daprClient.InvokeBindingAsync("sendmail", "create", body, metadata);

        return Ok();
    }
}
