using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.NotificationService;
using Gearbox.NotificationService.NotificationChannels;
using Gearbox.NotificationService.Repositories;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((hostContext, services) =>
    {
        var config = hostContext.Configuration;
        services.UseRabbitMQMessageHandler(config);

        services.AddTransient<INotificationRepository>(_ =>
            new SqlServerNotificationRepository(config.GetConnectionString("NotificationServiceCN")));

        var mail = config.GetSection("MailServer");
        services.AddTransient<IEmailNotifier>(_ => new SMTPEmailNotifier(
            mail["Host"], mail.GetValue<int>("Port", 25), mail["User"], mail["Password"], mail["From"]));

        services.AddHostedService<NotificationWorker>();
    })
    .UseSerilog((hostContext, loggerConfiguration) =>
    {
        loggerConfiguration
            .ReadFrom.Configuration(hostContext.Configuration)
            .Enrich.WithProperty("ApplicationName", "NotificationService");
    })
    .UseConsoleLifetime()
    .Build();

await host.RunAsync();
