using System.Text.Json.Serialization;
using Tidewater.Basket.API.IntegrationEvents.EventHandling;
using Tidewater.Basket.API.IntegrationEvents.Events;
using Tidewater.Basket.API.Model;
using Tidewater.Basket.API.Repositories;
using Tidewater.ServiceDefaults;

namespace Tidewater.Basket.API.Extensions;

public static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();

        builder.AddRedisClient("redis");

        builder.Services.AddSingleton<IBasketRepository, RedisBasketRepository>();

        builder.AddRabbitMqEventBus("eventbus")
               .AddSubscription<OrderStartedIntegrationEvent, OrderStartedIntegrationEventHandler>()
               .ConfigureJsonOptions(options => options.TypeInfoResolverChain.Add(IntegrationEventContext.Default));
    }
}

[JsonSerializable(typeof(OrderStartedIntegrationEvent))]
partial class IntegrationEventContext : JsonSerializerContext
{
}
