using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.InvoiceService;
using Gearbox.InvoiceService.Model;
using Gearbox.InvoiceService.CommunicationChannels;
using Gearbox.InvoiceService.Repositories;
using Serilog;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((hostContext, services) =>
    {
        var config = hostContext.Configuration;
        services.UseRabbitMQMessageHandler(config);

        services.AddTransient<IInvoiceRepository>(_ =>
            new SqlServerInvoiceRepository(config.GetConnectionString("InvoiceServiceCN")));

        var mailConfigSection = config.GetSection("MailServer");
        string mailHost = mailConfigSection["Host"];
        int mailPort = Convert.ToInt32(mailConfigSection["Port"]);
        string mailUserName = mailConfigSection["User"];
        string mailPassword = mailConfigSection["Password"];
        services.AddTransient<IEmailCommunicator>(_ =>
            new SMTPEmailCommunicator(mailHost, mailPort, mailUserName, mailPassword));

        services.Configure<InvoicingOptions>(config.GetSection("Invoicing"));
        services.AddHostedService<InvoiceWorker>();
    })
    .UseSerilog((hostContext, loggerConfiguration) =>
    {
        loggerConfiguration
            .ReadFrom.Configuration(hostContext.Configuration)
            .Enrich.WithProperty("ApplicationName", "InvoiceService");
    })
    .UseConsoleLifetime()
    .Build();

await host.RunAsync();
