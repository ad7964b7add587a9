using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Trips.Services
{
    public interface IOrchestratorClient
    {
        Task<string> StartTripManagerAsync(TripItem trip);
        Task AcknowledgeDriverAsync(string tripCode, string driverCode);
        Task AbortTripAsync(string tripCode);
        Task<string> StartTripDemoAsync(TripItem trip);
    }

    /// <summary>
    /// Talks to the Durable Functions HTTP starters in the Orchestrators function app.
    /// Base address is the OrchestratorsBaseUrl app setting (see Startup).
    /// </summary>
    public class OrchestratorClient : IOrchestratorClient
    {
        private readonly HttpClient _http;
        private readonly ILogger<OrchestratorClient> _log;

        public OrchestratorClient(HttpClient http, ILogger<OrchestratorClient> log)
        {
            _http = http;
            _log = log;
        }

        public async Task<string> StartTripManagerAsync(TripItem trip)
        {
            var response = await _http.PostAsync("api/tripmanagers", ToJson(trip));
            response.EnsureSuccessStatusCode();
            var instanceId = await response.Content.ReadAsStringAsync();
            _log.LogInformation("Started trip manager {InstanceId} for {Trip}", instanceId, trip.Code);
            return instanceId;
        }

        public async Task AcknowledgeDriverAsync(string tripCode, string driverCode)
        {
            var response = await _http.PostAsync($"api/tripmanagers/{tripCode}/acknowledge/drivers/{driverCode}", null);
            response.EnsureSuccessStatusCode();
        }

        public async Task AbortTripAsync(string tripCode)
        {
            var response = await _http.PostAsync($"api/tripmanagers/{tripCode}/abort", null);
            response.EnsureSuccessStatusCode();
        }

        public async Task<string> StartTripDemoAsync(TripItem trip)
        {
            var response = await _http.PostAsync("api/tripdemos", ToJson(trip));
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        private static StringContent ToJson(object o) =>
            new StringContent(JsonConvert.SerializeObject(o), Encoding.UTF8, "application/json");
    }
}
