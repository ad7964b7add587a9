using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Kestrel.Skyparcel.Workflow.Models;
using Microsoft.Extensions.Options;

namespace Kestrel.Skyparcel.Workflow.Services
{
    public interface IPackageServiceCaller
    {
        Task<PackageGen?> UpsertPackageAsync(PackageInfo packageInfo);
    }

    public class PackageServiceCaller : IPackageServiceCaller
    {
        private readonly HttpClient _http;

        public PackageServiceCaller(HttpClient http, IOptions<ServiceUris> uris)
        {
            _http = http;
            _http.BaseAddress = new Uri(uris.Value.PackageServiceUri);
        }

        public async Task<PackageGen?> UpsertPackageAsync(PackageInfo packageInfo)
        {
            var response = await _http.PutAsJsonAsync($"{packageInfo.PackageId}", new
            {
                size = packageInfo.Size,
                weight = packageInfo.Weight,
                tag = packageInfo.Tag
            });
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"package service returned {(int)response.StatusCode}");
            return await response.Content.ReadFromJsonAsync<PackageGen>();
        }
    }
}
