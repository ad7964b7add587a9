using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Showpass.Integration.MessagingBus;

public static class MessageBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers IMessageBus according to MessageBus:Provider ("AzureServiceBus" by default).
    /// </summary>
    public static IServiceCollection AddShowpassMessageBus(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["MessageBus:Provider"] ?? "AzureServiceBus";

        if (string.Equals(provider, "RabbitMQ", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IMessageBus, RabbitMqMessageBus>();
        }
        else
        {
            services.AddSingleton<IMessageBus, AzServiceBusMessageBus>();
        }

        return services;
    }
}
