using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using RabbitMQ.Client;

namespace Northwind.BuildingBlocks.EventBusRabbitMQ;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>
    /// Registers IEventBus backed by RabbitMQ. Reads EventBusConnection (host name),
    /// EventBusUserName, EventBusPassword, EventBusRetryCount and SubscriptionClientName
    /// (the name of this service's queue) from configuration.
    /// </summary>
    public static IServiceCollection AddEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        var retryCount = int.TryParse(configuration["EventBusRetryCount"], out var r) ? r : 5;

        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<RabbitMQPersistentConnection>>();
            var factory = new ConnectionFactory
            {
                HostName = configuration["EventBusConnection"],
                DispatchConsumersAsync = true
            };
            if (!string.IsNullOrEmpty(configuration["EventBusUserName"]))
            {
                factory.UserName = configuration["EventBusUserName"];
            }
            if (!string.IsNullOrEmpty(configuration["EventBusPassword"]))
            {
                factory.Password = configuration["EventBusPassword"];
            }
            return new RabbitMQPersistentConnection(factory, logger, retryCount);
        });

        services.AddSingleton<IEventBus, EventBusRabbitMQ>(sp =>
        {
            var connection = sp.GetRequiredService<RabbitMQPersistentConnection>();
            var logger = sp.GetRequiredService<ILogger<EventBusRabbitMQ>>();
            var queueName = configuration["SubscriptionClientName"];
            return new EventBusRabbitMQ(connection, logger, sp, queueName, retryCount);
        });

        return services;
    }
}
