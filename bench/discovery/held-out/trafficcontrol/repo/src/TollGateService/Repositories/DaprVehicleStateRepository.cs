using Dapr.Client;
using Northgate.GantryWatch.TollGateService.Models;

namespace Northgate.GantryWatch.TollGateService.Repositories;

/// <summary>
/// Stores vehicle state through the Dapr state management building block.
/// The "statestore" component is backed by Redis (see dapr/components/statestore.yaml).
/// </summary>
public class DaprVehicleStateRepository : IVehicleStateRepository
{
    private const string DAPR_STORE_NAME = "statestore";
    private readonly DaprClient _daprClient;

    public DaprVehicleStateRepository(DaprClient daprClient)
    {
        _daprClient = daprClient;
    }

    public async Task<VehicleState?> GetVehicleStateAsync(string licenseNumber)
    {
        var stateEntry = await _daprClient.GetStateEntryAsync<VehicleState?>(DAPR_STORE_NAME, licenseNumber);
        return stateEntry.Value;
    }

    public async Task SaveVehicleStateAsync(VehicleState vehicleState)
    {
        await _daprClient.SaveStateAsync(DAPR_STORE_NAME, vehicleState.LicenseNumber, vehicleState);
    }
}
