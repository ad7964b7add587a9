using System;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Sinks.Elasticsearch;

namespace Tidemart.Shared.Hosting.Microservices;

public static class SerilogConfigurationHelper
{
    /// <summary>
    /// Every Tidemart host logs to the console and ships structured logs to Elasticsearch
    /// (browsable in Kibana under the "tidemart-*" index pattern).
    /// </summary>
    public static void Configure(string applicationName)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: false)
            .AddEnvironmentVariables()
            .Build();

        var elasticsearchUrl = configuration["ElasticSearch:Url"] ?? "http://localhost:9200";

        Log.Logger = new LoggerConfiguration()
#if DEBUG
            .MinimumLevel.Debug()
#else
            .MinimumLevel.Information()
#endif
            .MinimumLevel.Override("Microsoft", LogEventLevel.Information)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", applicationName)
            .WriteTo.Async(c => c.Console())
            .WriteTo.Elasticsearch(new ElasticsearchSinkOptions(new Uri(elasticsearchUrl))
            {
                AutoRegisterTemplate = true,
                AutoRegisterTemplateVersion = AutoRegisterTemplateVersion.ESv7,
                IndexFormat = "tidemart-{0:yyyy.MM}"
            })
            .CreateLogger();
    }
}
