using Northgate.GantryWatch.TollGateService.Models;
using Northgate.GantryWatch.TollGateService.Repositories;

namespace Northgate.GantryWatch.TollGateService.Tests;

/// <summary>In-memory replacement for the Dapr/Redis backed repository.</summary>
public class FakeVehicleStateRepository : IVehicleStateRepository
{
    public Dictionary<string, VehicleState> Store { get; } = new();

    public Task<VehicleState?> GetVehicleStateAsync(string licenseNumber) =>
        Task.FromResult(Store.TryGetValue(licenseNumber, out var s) ? s : (VehicleState?)null);

    public Task SaveVehicleStateAsync(VehicleState vehicleState)
    {
        Store[vehicleState.LicenseNumber] = vehicleState;
        return Task.CompletedTask;
    }
}
