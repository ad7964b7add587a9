using Gearbox.AuditlogService;
using Gearbox.Infrastructure.Messaging.Configuration;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((hostContext, services) =>
    {
        services.UseRabbitMQMessageHandler(hostContext.Configuration);
        services.AddTransient(_ => new AuditlogWorkerConfig
        {
            LogPath = hostContext.Configuration.GetSection("Auditlog")["path"]
        });
        services.AddHostedService<AuditlogWorker>();
    })
    .UseSerilog((hostContext, loggerConfiguration) =>
    {
        loggerConfiguration
            .ReadFrom.Configuration(hostContext.Configuration)
            .Enrich.WithProperty("ApplicationName", "AuditlogService");
    })
    .UseConsoleLifetime()
    .Build();

await host.RunAsync();
