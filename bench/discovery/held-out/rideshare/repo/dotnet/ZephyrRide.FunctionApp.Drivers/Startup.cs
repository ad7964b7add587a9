using Microsoft.Azure.Functions.Extensions.DependencyInjection;
using ZephyrRide.Shared.Helpers;

[assembly: FunctionsStartup(typeof(ZephyrRide.FunctionApp.Drivers.Startup))]

namespace ZephyrRide.FunctionApp.Drivers
{
    public class Startup : FunctionsStartup
    {
        public override void Configure(IFunctionsHostBuilder builder)
        {
            builder.Services.AddZephyrRideCore();
        }
    }
}
