using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.WorkshopManagementEventHandler;
using Gearbox.WorkshopManagementEventHandler.DataAccess;
using Microsoft.EntityFrameworkCore;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((hostContext, services) =>
    {
        services.UseRabbitMQMessageHandler(hostContext.Configuration);

        var sqlConnectionString = hostContext.Configuration.GetConnectionString("WorkshopManagementCN");
        services.AddDbContext<WorkshopManagementDBContext>(options => options.UseSqlServer(sqlConnectionString));

        services.AddHostedService<EventHandlerWorker>();
    })
    .UseSerilog((hostContext, loggerConfiguration) =>
    {
        loggerConfiguration
            .ReadFrom.Configuration(hostContext.Configuration)
            .Enrich.WithProperty("ApplicationName", "WorkshopManagementEventHandler");
    })
    .UseConsoleLifetime()
    .Build();

await host.RunAsync();
