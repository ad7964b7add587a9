using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Kestrel.Skyparcel.Workflow.Models;
using Microsoft.Extensions.Options;

namespace Kestrel.Skyparcel.Workflow.Services
{
    public interface IDeliveryServiceCaller
    {
        Task ScheduleDeliveryAsync(Delivery delivery, string droneId);
    }

    public class DeliveryServiceCaller : IDeliveryServiceCaller
    {
        private readonly HttpClient _http;
        private readonly string _baseUri;

        public DeliveryServiceCaller(HttpClient http, IOptions<ServiceUris> uris)
        {
            _http = http;
            _baseUri = uris.Value.DeliveryServiceUri.TrimEnd('/');
        }

        public async Task ScheduleDeliveryAsync(Delivery delivery, string droneId)
        {
            var response = await _http.PutAsJsonAsync($"{_baseUri}/{delivery.DeliveryId}", new
            {
                id = delivery.DeliveryId,
                owner = new { userId = delivery.OwnerId, accountId = delivery.OwnerId },
                pickup = delivery.PickupLocation,
                dropoff = delivery.DropoffLocation,
                deadline = delivery.PickupTime.AddHours(delivery.Expedited ? 2 : 24),
                expedited = delivery.Expedited,
                confirmationRequired = delivery.ConfirmationRequired,
                droneId
            });
            response.EnsureSuccessStatusCode();
        }
    }
}
