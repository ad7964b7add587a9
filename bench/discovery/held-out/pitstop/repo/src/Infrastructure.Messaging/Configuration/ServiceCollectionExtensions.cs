using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gearbox.Infrastructure.Messaging.Configuration
{
    /// <summary>
    /// Registers the RabbitMQ publisher / handler from a configuration section.
    /// Expected section layout:
    ///   "RabbitMQPublisher": { "Host": "localhost", "Username": "...", "Password": "...", "Exchange": "Pitstop" }
    ///   "RabbitMQHandler":   { "Host": "localhost", "Username": "...", "Password": "...", "Exchange": "Pitstop", "Queue": "...", "RoutingKey": "" }
    /// Host may be a comma-separated list (cluster).
    /// </summary>
    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection UseRabbitMQMessagePublisher(this IServiceCollection services, IConfiguration config)
        {
            var section = config.GetSection("RabbitMQPublisher");
            var hosts = section["Host"].Split(',').Select(h => h.Trim());
            string virtualHost = section["VirtualHost"] ?? "/";
            int port = section.GetValue<int>("Port", 0);
            services.AddTransient<IMessagePublisher>(_ => new RabbitMQMessagePublisher(
                hosts, virtualHost, section["Username"], section["Password"], section["Exchange"], port));
            return services;
        }

        public static IServiceCollection UseRabbitMQMessageHandler(this IServiceCollection services, IConfiguration config)
        {
            var section = config.GetSection("RabbitMQHandler");
            var hosts = section["Host"].Split(',').Select(h => h.Trim());
            string virtualHost = section["VirtualHost"] ?? "/";
            int port = section.GetValue<int>("Port", 0);
            services.AddTransient<IMessageHandler>(_ => new RabbitMQMessageHandler(
                hosts, virtualHost, section["Username"], section["Password"], section["Exchange"],
                section["Queue"], section["RoutingKey"], port));
            return services;
        }
    }
}
