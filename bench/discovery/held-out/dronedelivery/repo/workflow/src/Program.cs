using System;
using Azure.Messaging.ServiceBus;
using Kestrel.Skyparcel.Workflow;
using Kestrel.Skyparcel.Workflow.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Polly;
using Polly.Extensions.Http;

var host = Host.CreateDefaultBuilder(args)
    .ConfigureServices((context, services) =>
    {
        var config = context.Configuration;

        services.AddApplicationInsightsTelemetryWorkerService(config["ApplicationInsights:InstrumentationKey"]);

        services.Configure<ServiceUris>(config.GetSection("Services"));
        services.Configure<QueueOptions>(config.GetSection("Queue"));

        services.AddSingleton(_ => new ServiceBusClient(config["Queue:ConnectionString"]));

        var retry = HttpPolicyExtensions.HandleTransientHttpError()
            .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));
        var breaker = HttpPolicyExtensions.HandleTransientHttpError()
            .CircuitBreakerAsync(5, TimeSpan.FromSeconds(30));

        services.AddHttpClient<IPackageServiceCaller, PackageServiceCaller>()
            .AddPolicyHandler(retry).AddPolicyHandler(breaker);
        services.AddHttpClient<IDroneSchedulerServiceCaller, DroneSchedulerServiceCaller>()
            .AddPolicyHandler(retry).AddPolicyHandler(breaker);
        services.AddHttpClient<IDeliveryServiceCaller, DeliveryServiceCaller>()
            .AddPolicyHandler(retry).AddPolicyHandler(breaker);

        // Account service is not part of this release (see docs/architecture.md).
        // services.AddHttpClient<IAccountServiceCaller, AccountServiceCaller>();

        services.AddSingleton<RequestProcessor>();
        services.AddHostedService<DispatchRequestProcessor>();
        services.AddHostedService<ReadinessFileWriter>();
    })
    .Build();

await host.RunAsync();
