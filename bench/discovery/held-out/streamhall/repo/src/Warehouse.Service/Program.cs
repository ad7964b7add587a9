namespace Warehouse.Service
{
    using System;
    using System.Diagnostics;
    using System.Linq;
    using System.Threading.Tasks;
    using Components.Consumers;
    using Components.StateMachines;
    using MassTransit;
    using MassTransit.Definition;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Hosting;
    using Microsoft.Extensions.Logging;
    using OpenTelemetry.Resources;
    using OpenTelemetry.Trace;
    using Serilog;
    using Serilog.Events;


    class Program
    {
        static async Task Main(string[] args)
        {
            var isService = !(Debugger.IsAttached || args.Contains("--console"));

            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
                .Enrich.FromLogContext()
                .WriteTo.Console()
                .CreateLogger();

            var builder = new HostBuilder()
                .ConfigureAppConfiguration((hostingContext, config) =>
                {
                    config.AddJsonFile("appsettings.json", true);
                    config.AddEnvironmentVariables();

                    if (args != null)
                        config.AddCommandLine(args);
                })
                .ConfigureServices((hostContext, services) =>
                {
                    services.Configure<AppConfig>(hostContext.Configuration.GetSection("AppConfig"));
                    var appConfig = hostContext.Configuration.GetSection("AppConfig").Get<AppConfig>();

                    services.AddOpenTelemetryTracing(b => b
                        .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("warehouse"))
                        .AddSource("MassTransit")
                        .AddJaegerExporter(o =>
                        {
                            o.AgentHost = Environment.GetEnvironmentVariable("JAEGER_AGENT_HOST") ?? "localhost";
                            o.AgentPort = 6831;
                        }));

                    services.AddMassTransit(cfg =>
                    {
                        cfg.SetKebabCaseEndpointNameFormatter();

                        cfg.AddConsumersFromNamespaceContaining<AllocateInventoryConsumer>();
                        cfg.AddSagaStateMachine<AllocationStateMachine, AllocationState>(typeof(AllocationStateMachineDefinition))
                            .MongoDbRepository(r =>
                            {
                                r.Connection = hostContext.Configuration.GetConnectionString("MongoDb");
                                r.DatabaseName = "allocations";
                            });

                        cfg.UsingRabbitMq((context, configurator) =>
                        {
                            configurator.Host(appConfig.Host, appConfig.VirtualHost, h =>
                            {
                                h.Username(appConfig.Username);
                                h.Password(appConfig.Password);
                            });

                            configurator.UseMessageScheduler(new Uri("queue:quartz"));

                            configurator.ConfigureEndpoints(context);
                        });

                        // Amazon SQS demo (episode 11) - not used
                        // cfg.UsingAmazonSqs((context, configurator) =>
                        // {
                        //     configurator.Host("us-east-1", h => { h.AccessKey("admin"); h.SecretKey("admin"); });
                        //     configurator.ConfigureEndpoints(context);
                        // });
                    });

                    services.AddHostedService<MassTransitConsoleHostedService>();
                })
                .ConfigureLogging((hostingContext, logging) =>
                {
                    logging.AddSerilog(dispose: true);
                    logging.AddConfiguration(hostingContext.Configuration.GetSection("Logging"));
                });

            if (isService)
                await builder.UseWindowsService().Build().RunAsync();
            else
                await builder.RunConsoleAsync();

            Log.CloseAndFlush();
        }
    }
}
