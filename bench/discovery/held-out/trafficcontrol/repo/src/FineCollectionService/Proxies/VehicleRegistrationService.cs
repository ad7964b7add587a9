using Dapr.Client;
using Northgate.GantryWatch.FineCollectionService.Models;

namespace Northgate.GantryWatch.FineCollectionService.Proxies;

/// <summary>
/// Looks up vehicle and owner data via Dapr service invocation.
/// The target app-id comes from configuration (VehicleRegistration:AppId).
/// </summary>
public class VehicleRegistrationService
{
    private readonly DaprClient _daprClient;
    private readonly string _appId;

    public VehicleRegistrationService(DaprClient daprClient, IConfiguration configuration)
    {
        _daprClient = daprClient;
        _appId = configuration["VehicleRegistration:AppId"] ?? "vehicleregistrationservice";
    }

    public async Task<VehicleInfo> GetVehicleInfo(string licenseNumber)
    {
        return await _daprClient.InvokeMethodAsync<VehicleInfo>(
            HttpMethod.Get, _appId, $"vehicleinfo/{Uri.EscapeDataString(licenseNumber)}");
    }
}
