using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Tidemart.CatalogService.Grpc;
using Tidemart.CatalogService.MongoDb;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.Caching;
using Volo.Abp.Caching.StackExchangeRedis;
using Volo.Abp.Application;
using Volo.Abp.Modularity;
using Volo.Abp.MongoDB;

namespace Tidemart.CatalogService;

[DependsOn(
    typeof(TidemartSharedHostingMicroservicesModule),
    typeof(AbpDddApplicationModule),
    typeof(AbpMongoDbModule),
    typeof(AbpCachingStackExchangeRedisModule)
)]
public class TidemartCatalogServiceModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        context.Services.AddMongoDbContext<CatalogMongoDbContext>(options =>
        {
            options.AddDefaultRepositories(includeAllEntities: true);
        });

        // Redis: distributed cache (connection from Redis:Configuration) and data protection keys
        Configure<AbpDistributedCacheOptions>(options =>
        {
            options.KeyPrefix = "Tidemart:Catalog:";
        });
        var redis = ConnectionMultiplexer.Connect(configuration["Redis:Configuration"]!);
        context.Services.AddDataProtection()
            .SetApplicationName("Tidemart")
            .PersistKeysToStackExchangeRedis(redis, "Tidemart-Protection-Keys");

        Configure<AbpAspNetCoreMvcOptions>(options =>
        {
            options.ConventionalControllers.Create(typeof(TidemartCatalogServiceModule).Assembly, opts =>
            {
                opts.RootPath = "catalog";
                opts.RemoteServiceName = "Catalog";
            });
        });

        context.Services.AddGrpc();
        context.Services.AddTidemartJwtAuthentication(configuration, "CatalogService");
        context.Services.AddTidemartSwagger(configuration, "Catalog Service API",
            new Dictionary<string, string> { { "CatalogService", "Catalog Service API" } });
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();

        app.UseCorrelationId();
        app.UseAbpRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseAbpSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Catalog Service API");
        });
        app.UseAbpSerilogEnrichers();
        app.UseAuditing();
        app.UseUnitOfWork();
        app.UseConfiguredEndpoints(endpoints =>
        {
            endpoints.MapGrpcService<ProductPublicGrpcService>();
            endpoints.MapHealthChecks("/health-status");
        });
    }
}
