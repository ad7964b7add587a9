using System;
using Azure.Identity;
using Microsoft.Azure.Functions.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ZephyrRide.FunctionApp.Passengers.Services;

[assembly: FunctionsStartup(typeof(ZephyrRide.FunctionApp.Passengers.Startup))]

namespace ZephyrRide.FunctionApp.Passengers
{
    public class Startup : FunctionsStartup
    {
        public override void Configure(IFunctionsHostBuilder builder)
        {
            // Client-credentials against the B2C tenant; token endpoint is login.microsoftonline.com
            builder.Services.AddSingleton(_ => new ClientSecretCredential(
                Environment.GetEnvironmentVariable("GraphTenantId"),
                Environment.GetEnvironmentVariable("GraphClientId"),
                Environment.GetEnvironmentVariable("GraphClientSecret")));

            builder.Services.AddHttpClient<IUserService, GraphUserService>(client =>
            {
                var baseUrl = Environment.GetEnvironmentVariable("GraphBaseUrl") ?? GraphUserService.DefaultGraphBaseUrl;
                client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
            });
        }
    }
}
