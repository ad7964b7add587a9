using System.Collections.Generic;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tidemart.PaymentService.PaymentRequests;
using Tidemart.PaymentService.PayPal;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.Data;
using Volo.Abp.Application;
using Volo.Abp.EntityFrameworkCore;
using Volo.Abp.EntityFrameworkCore.PostgreSql;
using Volo.Abp.EventBus.RabbitMq;
using Volo.Abp.Modularity;

namespace Tidemart.PaymentService;

[DependsOn(
    typeof(TidemartSharedHostingMicroservicesModule),
    typeof(AbpDddApplicationModule),
    typeof(AbpEntityFrameworkCorePostgreSqlModule),
    typeof(AbpEventBusRabbitMqModule)   // options bound from RabbitMQ:EventBus
)]
public class TidemartPaymentServiceModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        context.Services.AddAbpDbContext<PaymentDbContext>(options =>
        {
            options.AddDefaultRepositories(includeAllEntities: true);
        });

        Configure<AbpDbContextOptions>(options =>
        {
            options.UseNpgsql();
        });

        Configure<PayPalOptions>(configuration.GetSection("PayPal"));

        Configure<AbpAspNetCoreMvcOptions>(options =>
        {
            options.ConventionalControllers.Create(typeof(TidemartPaymentServiceModule).Assembly, opts =>
            {
                opts.RootPath = "payment";
                opts.RemoteServiceName = "Payment";
            });
        });

        context.Services.AddTidemartJwtAuthentication(configuration, "PaymentService");
        context.Services.AddTidemartSwagger(configuration, "Payment Service API",
            new Dictionary<string, string> { { "PaymentService", "Payment Service API" } });
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
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Payment Service API");
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

[ConnectionStringName("PaymentService")]
public class PaymentDbContext : AbpDbContext<PaymentDbContext>
{
    public DbSet<PaymentRequest> PaymentRequests { get; set; } = default!;

    public PaymentDbContext(DbContextOptions<PaymentDbContext> options) : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<PaymentRequest>(b =>
        {
            b.ToTable("PaymentRequests");
            b.Property(p => p.Amount).HasColumnType("decimal(18,2)");
            b.Property(p => p.OrderNo).HasMaxLength(32);
            b.HasIndex(p => p.PayPalOrderId);
        });
    }
}
