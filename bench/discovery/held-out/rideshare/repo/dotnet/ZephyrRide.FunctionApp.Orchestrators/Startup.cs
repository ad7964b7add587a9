using System;
using Microsoft.Azure.Functions.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ZephyrRide.FunctionApp.Orchestrators.Services;
using ZephyrRide.Shared.Helpers;
using ZephyrRide.Shared.Services;

[assembly: FunctionsStartup(typeof(ZephyrRide.FunctionApp.Orchestrators.Startup))]

namespace ZephyrRide.FunctionApp.Orchestrators
{
    public class Startup : FunctionsStartup
    {
        public override void Configure(IFunctionsHostBuilder builder)
        {
            builder.Services.AddZephyrRideCore();

            builder.Services.AddHttpClient<IDriversApiClient, DriversApiClient>((sp, client) =>
            {
                var settings = sp.GetRequiredService<ISettingService>();
                client.BaseAddress = new Uri(Utilities.TrimSlash(settings.GetDriversApiBaseUrl()) + "/");
                client.DefaultRequestHeaders.Add(Constants.FunctionsKeyHeader, settings.GetDriversApiKey() ?? string.Empty);
            });

            builder.Services.AddHttpClient<IRouteService, AzureMapsRouteService>(client =>
            {
                var baseUrl = Environment.GetEnvironmentVariable("AzureMapsBaseUrl") ?? AzureMapsRouteService.DefaultBaseUrl;
                client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
                client.Timeout = TimeSpan.FromSeconds(15);
            });
        }
    }
}
