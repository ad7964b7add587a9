using Northgate.GantryWatch.Simulation.Events;

namespace Northgate.GantryWatch.Simulation.Proxies;

public interface ITollGateService
{
    Task SendVehicleEntryAsync(VehicleRegistered vehicleRegistered);
    Task SendVehicleExitAsync(VehicleRegistered vehicleRegistered);
}
