using Microsoft.AspNetCore.Mvc;
using Northgate.GantryWatch.VehicleRegistrationService.Models;
using Northgate.GantryWatch.VehicleRegistrationService.Repositories;

namespace Northgate.GantryWatch.VehicleRegistrationService.Controllers;

[ApiController]
[Route("[controller]")]
public class VehicleInfoController : ControllerBase
{
    private readonly ILogger<VehicleInfoController> _logger;
    private readonly IVehicleInfoRepository _repository;

    public VehicleInfoController(ILogger<VehicleInfoController> logger, IVehicleInfoRepository repository)
    {
        _logger = logger;
        _repository = repository;
    }

    [HttpGet("{licenseNumber}")]
    public ActionResult<VehicleInfo> GetVehicleInfo(string licenseNumber)
    {
        _logger.LogInformation("Retrieving vehicle info for plate {Plate}", licenseNumber);
        return _repository.GetVehicleInfo(licenseNumber);
    }
}
