using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ZephyrRide.Shared.Models;

namespace ZephyrRide.FunctionApp.Orchestrators.Services
{
    public interface IRouteService
    {
        Task<List<TripLocation>> GetRouteAsync(TripLocation source, TripLocation destination);
    }

    /// <summary>
    /// Route points for demo trips from the Azure Maps Route Directions API.
    /// </summary>
    public class AzureMapsRouteService : IRouteService
    {
        public const string DefaultBaseUrl = "https://atlas.microsoft.com";

        private readonly HttpClient _http;

        public AzureMapsRouteService(HttpClient http)
        {
            _http = http;
        }

        public async Task<List<TripLocation>> GetRouteAsync(TripLocation source, TripLocation destination)
        {
            var key = Environment.GetEnvironmentVariable("AzureMapsKey");
            var query = string.Format(CultureInfo.InvariantCulture, "{0},{1}:{2},{3}",
                source.Latitude, source.Longitude, destination.Latitude, destination.Longitude);

            var url = $"route/directions/json?api-version=1.0&travelMode=car&query={query}&subscription-key={key}";
            var response = await _http.GetAsync(url);
            response.EnsureSuccessStatusCode();

            var json = JObject.Parse(await response.Content.ReadAsStringAsync());
            var points = new List<TripLocation>();
            foreach (var leg in json["routes"]?[0]?["legs"] ?? new JArray())
            {
                foreach (var p in leg["points"] ?? new JArray())
                {
                    points.Add(new TripLocation
                    {
                        Latitude = (double)p["latitude"],
                        Longitude = (double)p["longitude"]
                    });
                }
            }
            return points;
        }
    }
}
