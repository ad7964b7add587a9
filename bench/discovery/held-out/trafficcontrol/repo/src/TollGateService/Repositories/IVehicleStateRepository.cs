using Northgate.GantryWatch.TollGateService.Models;

namespace Northgate.GantryWatch.TollGateService.Repositories;

public interface IVehicleStateRepository
{
    Task SaveVehicleStateAsync(VehicleState vehicleState);
    Task<VehicleState?> GetVehicleStateAsync(string licenseNumber);
}
