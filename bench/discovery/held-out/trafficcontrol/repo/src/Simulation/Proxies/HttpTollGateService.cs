using System.Net.Http.Json;
using Northgate.GantryWatch.Simulation.Events;

namespace Northgate.GantryWatch.Simulation.Proxies;

/// <summary>
/// Legacy transport from the first workshop lab: POSTs straight to the toll-gate-service.
/// Kept for the lab instructions only; the simulation runs with Simulation:Transport = "mqtt".
/// </summary>
[Obsolete("Use MqttTollGateService. HTTP transport is no longer deployed.")]
public class HttpTollGateService : ITollGateService
{
    private readonly HttpClient _httpClient;

    public HttpTollGateService(HttpClient httpClient)
    {
        _httpClient = httpClient;
    }

    public async Task SendVehicleEntryAsync(VehicleRegistered vehicleRegistered)
    {
        var response = await _httpClient.PostAsJsonAsync("/entrycam", vehicleRegistered);
        response.EnsureSuccessStatusCode();
    }

    public async Task SendVehicleExitAsync(VehicleRegistered vehicleRegistered)
    {
        var response = await _httpClient.PostAsJsonAsync("/exitcam", vehicleRegistered);
        response.EnsureSuccessStatusCode();
    }
}
