using Northgate.GantryWatch.VehicleRegistrationService.Models;

namespace Northgate.GantryWatch.VehicleRegistrationService.Repositories;

public interface IVehicleInfoRepository
{
    VehicleInfo GetVehicleInfo(string licenseNumber);
}
