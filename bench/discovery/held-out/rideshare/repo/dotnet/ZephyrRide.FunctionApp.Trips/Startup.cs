using System;
using Microsoft.Azure.Functions.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ZephyrRide.FunctionApp.Trips.Services;
using ZephyrRide.Shared.Helpers;
using ZephyrRide.Shared.Services;

[assembly: FunctionsStartup(typeof(ZephyrRide.FunctionApp.Trips.Startup))]

namespace ZephyrRide.FunctionApp.Trips
{
    public class Startup : FunctionsStartup
    {
        public override void Configure(IFunctionsHostBuilder builder)
        {
            builder.Services.AddZephyrRideCore();

            builder.Services.AddHttpClient<IOrchestratorClient, OrchestratorClient>((sp, client) =>
            {
                var settings = sp.GetRequiredService<ISettingService>();
                client.BaseAddress = new Uri(Utilities.TrimSlash(settings.GetOrchestratorsBaseUrl()) + "/");
                client.DefaultRequestHeaders.Add(Constants.FunctionsKeyHeader, settings.GetOrchestratorsFunctionKey() ?? string.Empty);
                client.Timeout = TimeSpan.FromSeconds(30);
            });

            builder.Services.AddSingleton<IReportingService>(sp =>
                new SqlReportingService(Environment.GetEnvironmentVariable("ReportingSqlConnectionString")));
        }
    }
}
