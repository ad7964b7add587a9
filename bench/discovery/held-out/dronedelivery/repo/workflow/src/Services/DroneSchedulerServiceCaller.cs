using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Kestrel.Skyparcel.Workflow.Models;
using Microsoft.Extensions.Options;

namespace Kestrel.Skyparcel.Workflow.Services
{
    public interface IDroneSchedulerServiceCaller
    {
        Task<string> GetDroneIdAsync(Delivery delivery);
    }

    public class DroneSchedulerServiceCaller : IDroneSchedulerServiceCaller
    {
        private readonly HttpClient _http;
        private readonly ServiceUris _uris;

        public DroneSchedulerServiceCaller(HttpClient http, IOptions<ServiceUris> uris)
        {
            _http = http;
            _uris = uris.Value;
        }

        public async Task<string> GetDroneIdAsync(Delivery delivery)
        {
            // Feature flag: v2 route on the scheduler batches airspace reservations.
            var route = _uris.UseDroneSchedulerV2Route ? "v2/dronedeliveries" : "dronedeliveries";
            var uri = new Uri(new Uri(_uris.DroneSchedulerServiceUri), $"{route}/{delivery.DeliveryId}");
            var response = await _http.PutAsJsonAsync(uri, new
            {
                deliveryId = delivery.DeliveryId,
                ownerId = delivery.OwnerId,
                pickup = delivery.PickupLocation,
                dropoff = delivery.DropoffLocation,
                packageDetail = new { id = delivery.PackageInfo.PackageId, size = delivery.PackageInfo.Size }
            });
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
