using System;
using System.Collections.Generic;
using Medallion.Threading;
using Medallion.Threading.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Tidemart.CatalogService.Grpc;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.Caching;
using Volo.Abp.Caching.StackExchangeRedis;
using Volo.Abp.Application;
using Volo.Abp.DistributedLocking;
using Volo.Abp.EventBus.RabbitMq;
using Volo.Abp.Modularity;

namespace Tidemart.BasketService;

[DependsOn(
    typeof(TidemartSharedHostingMicroservicesModule),
    typeof(AbpDddApplicationModule),
    typeof(AbpCachingStackExchangeRedisModule),
    typeof(AbpDistributedLockingModule),
    typeof(AbpEventBusRabbitMqModule)   // RabbitMQ:Connections / RabbitMQ:EventBus from appsettings
)]
public class TidemartBasketServiceModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        // Baskets are stored in the distributed cache (Redis) with a sliding expiration.
        Configure<AbpDistributedCacheOptions>(options =>
        {
            options.KeyPrefix = "Tidemart:Basket:";
            options.GlobalCacheEntryOptions.SlidingExpiration = TimeSpan.FromDays(7);
        });

        context.Services.AddSingleton<IDistributedLockProvider>(_ =>
        {
            var connection = ConnectionMultiplexer.Connect(configuration["Redis:Configuration"]!);
            return new RedisDistributedSynchronizationProvider(connection.GetDatabase());
        });

        // Product prices/stock come from the catalog service over gRPC
        context.Services.AddGrpcClient<ProductPublic.ProductPublicClient>(options =>
        {
            options.Address = new Uri(configuration["RemoteServices:Catalog:GrpcUrl"]!);
        });

        Configure<AbpAspNetCoreMvcOptions>(options =>
        {
            options.ConventionalControllers.Create(typeof(TidemartBasketServiceModule).Assembly, opts =>
            {
                opts.RootPath = "basket";
                opts.RemoteServiceName = "Basket";
            });
        });

        context.Services.AddTidemartJwtAuthentication(configuration, "BasketService");
        context.Services.AddTidemartSwagger(configuration, "Basket Service API",
            new Dictionary<string, string> { { "BasketService", "Basket Service API" } });
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();

        app.UseCorrelationId();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseAbpSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Basket Service API");
        });
        app.UseAbpSerilogEnrichers();
        app.UseUnitOfWork();
        app.UseConfiguredEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/health-status");
        });
    }
}
