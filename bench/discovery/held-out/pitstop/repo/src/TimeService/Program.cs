using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.TimeService;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((hostContext, services) =>
    {
        services.UseRabbitMQMessagePublisher(hostContext.Configuration);
        services.Configure<TimeShiftOptions>(hostContext.Configuration.GetSection("TimeShift"));
        services.AddHostedService<TimeShiftWorker>();
    })
    .UseSerilog((hostContext, loggerConfiguration) =>
    {
        loggerConfiguration
            .ReadFrom.Configuration(hostContext.Configuration)
            .Enrich.WithProperty("ApplicationName", "TimeService");
    })
    .UseConsoleLifetime()
    .Build();

await host.RunAsync();
