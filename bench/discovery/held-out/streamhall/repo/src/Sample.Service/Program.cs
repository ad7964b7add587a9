namespace Sample.Service
{
    using System;
    using System.Diagnostics;
    using System.Linq;
    using System.Threading.Tasks;
    using MassTransit;
    using MassTransit.Courier.Contracts;
    using MassTransit.Definition;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Hosting;
    using Microsoft.Extensions.Logging;
    using OpenTelemetry.Resources;
    using OpenTelemetry.Trace;
    using Sample.Components.BatchConsumers;
    using Sample.Components.Consumers;
    using Sample.Components.CourierActivities;
    using Sample.Components.StateMachines;
    using Serilog;
    using Serilog.Events;
    using Warehouse.Contracts;


    class Program
    {
        static async Task Main(string[] args)
        {
            var isService = !(Debugger.IsAttached || args.Contains("--console"));

            Log.Logger = new LoggerConfiguration()
                .MinimumLevel.Debug()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
                .MinimumLevel.Override("MassTransit", LogEventLevel.Debug)
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
                        .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("service"))
                        .AddSource("MassTransit")
                        .AddJaegerExporter(o =>
                        {
                            o.AgentHost = Environment.GetEnvironmentVariable("JAEGER_AGENT_HOST") ?? "localhost";
                            o.AgentPort = 6831;
                        }));

                    services.AddScoped<AcceptOrderActivity>();

                    services.AddMassTransit(cfg =>
                    {
                        cfg.SetKebabCaseEndpointNameFormatter();

                        cfg.AddConsumersFromNamespaceContaining<SubmitOrderConsumer>();
                        cfg.AddConsumer<RoutingSlipBatchEventConsumer>();
                        cfg.AddActivitiesFromNamespaceContaining<AllocateInventoryActivity>();

                        cfg.AddSagaStateMachine<OrderStateMachine, OrderState>(typeof(OrderStateMachineDefinition))
                            .MongoDbRepository(r =>
                            {
                                r.Connection = SagaConfiguration.GetMongoConnection(hostContext.Configuration);
                                r.DatabaseName = SagaConfiguration.DatabaseName;
                            });

                        // Episode 4 used Redis for saga persistence; replaced by MongoDB in episode 8.
                        // cfg.AddSagaStateMachine<OrderStateMachine, OrderState>(typeof(OrderStateMachineDefinition))
                        //     .RedisRepository(s =>
                        //     {
                        //         s.DatabaseConfiguration(hostContext.Configuration.GetConnectionString("Redis"));
                        //     });

                        cfg.AddRequestClient<AllocateInventory>();

                        cfg.UsingRabbitMq((context, configurator) =>
                        {
                            configurator.Host(appConfig.Host, appConfig.VirtualHost, h =>
                            {
                                h.Username(appConfig.Username);
                                h.Password(appConfig.Password);
                            });

                            configurator.UseMessageScheduler(new Uri("queue:quartz"));

                            configurator.ReceiveEndpoint(KebabCaseEndpointNameFormatter.Instance.Consumer<RoutingSlipBatchEventConsumer>(), e =>
                            {
                                e.PrefetchCount = 20;

                                e.Batch<RoutingSlipCompleted>(b =>
                                {
                                    b.MessageLimit = 10;
                                    b.TimeLimit = TimeSpan.FromSeconds(5);

                                    b.Consumer<RoutingSlipBatchEventConsumer, RoutingSlipCompleted>(context);
                                });
                            });

                            configurator.ConfigureEndpoints(context);
                        });

                        // cfg.UsingAzureServiceBus((context, configurator) =>
                        // {
                        //     configurator.Host(hostContext.Configuration.GetConnectionString("AzureServiceBus"));
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
