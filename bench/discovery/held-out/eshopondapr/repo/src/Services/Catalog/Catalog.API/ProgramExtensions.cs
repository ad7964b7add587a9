using Dapr.Client;
using Dapr.Extensions.Configuration;
using HealthChecks.UI.Client;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Catalog.API.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace Larkspur.Services.Catalog.API;

public static class ProgramExtensions
{
    private const string AppName = "Catalog API";

    public static void AddCustomConfiguration(this WebApplicationBuilder builder)
    {
        // Connection strings and other secrets live in the Dapr secret store, which the
        // sidecar reads from dapr/components/larkspur-secrets.json in local runs.
        var secretStoreName = builder.Configuration["SecretStoreName"] ?? "larkspur-secretstore";
        builder.Configuration.AddDaprSecretStore(
            secretStoreName,
            new DaprClientBuilder().Build(),
            TimeSpan.FromSeconds(10));
    }

    public static void AddCustomSerilog(this WebApplicationBuilder builder)
    {
        var seqServerUrl = builder.Configuration["SeqServerUrl"];

        Log.Logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .WriteTo.Console()
            .WriteTo.Seq(seqServerUrl ?? "http://seq")
            .Enrich.WithProperty("ApplicationName", AppName)
            .CreateLogger();

        builder.Host.UseSerilog();
    }

    public static void AddCustomDatabase(this WebApplicationBuilder builder) =>
        builder.Services.AddDbContext<CatalogDbContext>(
            options => options.UseSqlServer(builder.Configuration.GetConnectionString("CatalogDB")!));

    public static void AddCustomHealthChecks(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy())
            .AddDapr()
            .AddSqlServer(
                builder.Configuration.GetConnectionString("CatalogDB")!,
                name: "CatalogDB-check",
                tags: new[] { "catalogdb" });

    public static void AddCustomApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IEventBus, DaprEventBus>();
        builder.Services.AddScoped<IntegrationEvents.EventHandling.OrderStatusChangedToAwaitingStockValidationIntegrationEventHandler>();
        builder.Services.AddScoped<IntegrationEvents.EventHandling.OrderStatusChangedToPaidIntegrationEventHandler>();
    }

    public static void MapCustomHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/hc", new HealthCheckOptions
        {
            Predicate = _ => true,
            ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
        });
        app.MapHealthChecks("/liveness", new HealthCheckOptions
        {
            Predicate = r => r.Name.Contains("self")
        });
    }

    public static void ApplyDatabaseMigration(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        context.Database.Migrate();
        new CatalogContextSeed().SeedAsync(context).Wait();
    }
}

internal static class DaprHealthCheckExtensions
{
    public static IHealthChecksBuilder AddDapr(this IHealthChecksBuilder builder) =>
        builder.AddCheck<DaprHealthCheck>("dapr");
}

internal class DaprHealthCheck : IHealthCheck
{
    private readonly DaprClient _daprClient;

    public DaprHealthCheck(DaprClient daprClient) => _daprClient = daprClient;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var healthy = await _daprClient.CheckHealthAsync(cancellationToken);
        return healthy ? HealthCheckResult.Healthy("Dapr sidecar is healthy.") : new HealthCheckResult(context.Registration.FailureStatus, "Dapr sidecar is unhealthy.");
    }
}
