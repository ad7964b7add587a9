using Microsoft.Extensions.DependencyInjection;
using ZephyrRide.Shared.Services;

namespace ZephyrRide.Shared.Helpers
{
    public static class ServiceCollectionExtensions
    {
        /// <summary>Registers settings, Cosmos persistence and the Event Grid change notifier.</summary>
        public static IServiceCollection AddZephyrRideCore(this IServiceCollection services)
        {
            services.AddSingleton<ISettingService, SettingService>();
            services.AddSingleton<IPersistenceService, CosmosPersistenceService>();
            services.AddSingleton<IChangeNotifierService, EventGridChangeNotifierService>();
            return services;
        }
    }
}
