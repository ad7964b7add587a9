using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tidemart.OrderingService.EntityFrameworkCore;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.Application;
using Volo.Abp.EntityFrameworkCore;
using Volo.Abp.EntityFrameworkCore.PostgreSql;
using Volo.Abp.EventBus.Distributed;
using Volo.Abp.EventBus.RabbitMq;
using Volo.Abp.Modularity;

namespace Tidemart.OrderingService;

[DependsOn(
    typeof(TidemartSharedHostingMicroservicesModule),
    typeof(AbpDddApplicationModule),
    typeof(AbpEntityFrameworkCorePostgreSqlModule),
    typeof(AbpEventBusRabbitMqModule)
)]
public class TidemartOrderingServiceModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        context.Services.AddAbpDbContext<OrderingDbContext>(options =>
        {
            options.AddDefaultRepositories(includeAllEntities: true);
        });

        Configure<AbpDbContextOptions>(options =>
        {
            options.UseNpgsql();
        });

        Configure<AbpRabbitMqEventBusOptions>(options =>
        {
            options.ClientName = configuration["RabbitMQ:EventBus:ClientName"] ?? "Tidemart_Ordering";
            options.ExchangeName = configuration["RabbitMQ:EventBus:ExchangeName"] ?? "Tidemart";
            options.PrefetchCount = 10;
        });

        Configure<AbpDistributedEventBusOptions>(options =>
        {
            options.Outboxes.Configure(config => { config.UseDbContext<OrderingDbContext>(); });
            options.Inboxes.Configure(config => { config.UseDbContext<OrderingDbContext>(); });
        });

        // Stock reservation used to call the catalog service synchronously. Replaced by the
        // OrderPlaced integration event; kept for reference until the 2.4 release.
        // context.Services.AddHttpClient("catalog", client =>
        // {
        //     client.BaseAddress = new Uri(configuration["RemoteServices:Catalog:BaseUrl"] ?? "http://localhost:44354/");
        // });

        Configure<AbpAspNetCoreMvcOptions>(options =>
        {
            options.ConventionalControllers.Create(typeof(TidemartOrderingServiceModule).Assembly, opts =>
            {
                opts.RootPath = "ordering";
                opts.RemoteServiceName = "Ordering";
            });
        });

        context.Services.AddTidemartJwtAuthentication(configuration, "OrderingService");
        context.Services.AddTidemartSwagger(configuration, "Ordering Service API",
            new Dictionary<string, string> { { "OrderingService", "Ordering Service API" } });
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();

        app.UseCorrelationId();
        app.UseAbpRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSwagger();
        app.UseAbpSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Ordering Service API");
        });
        app.UseAbpSerilogEnrichers();
        app.UseAuditing();
        app.UseUnitOfWork();
        app.UseConfiguredEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/health-status");
        });
    }
}
