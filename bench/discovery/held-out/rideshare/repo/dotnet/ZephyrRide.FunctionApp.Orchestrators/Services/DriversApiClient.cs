using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Orchestrators.Services
{
    public interface IDriversApiClient
    {
        Task<List<DriverItem>> GetAvailableDriversAsync(int max = 10);
        Task<DriverItem> GetDriverAsync(string code);
    }

    /// <summary>
    /// The orchestrator does not own driver data; it asks the Drivers function app
    /// (DriversApiBaseUrl, authenticated with the drivers host key).
    /// </summary>
    public class DriversApiClient : IDriversApiClient
    {
        private readonly HttpClient _http;

        public DriversApiClient(HttpClient http)
        {
            _http = http;
        }

        public async Task<List<DriverItem>> GetAvailableDriversAsync(int max = 10)
        {
            var response = await _http.GetAsync($"api/drivers/available?max={max}");
            response.EnsureSuccessStatusCode();
            var json = await response.Content.ReadAsStringAsync();
            return JsonConvert.DeserializeObject<List<DriverItem>>(json) ?? new List<DriverItem>();
        }

        public async Task<DriverItem> GetDriverAsync(string code)
        {
            var response = await _http.GetAsync($"api/drivers/{WebUtility.UrlEncode(code)}");
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;

            response.EnsureSuccessStatusCode();
            return JsonConvert.DeserializeObject<DriverItem>(await response.Content.ReadAsStringAsync());
        }
    }
}
