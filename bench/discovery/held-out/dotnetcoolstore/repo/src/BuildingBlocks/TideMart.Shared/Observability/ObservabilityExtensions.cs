using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;

namespace TideMart.Shared.Observability;

public static class ObservabilityExtensions
{
    public static WebApplicationBuilder AddTideMartObservability(this WebApplicationBuilder builder, string serviceName)
    {
        builder.Host.UseSerilog((ctx, lc) =>
        {
            lc.ReadFrom.Configuration(ctx.Configuration)
              .Enrich.WithProperty("Application", serviceName)
              .WriteTo.Console();

            var seq = ctx.Configuration["Serilog:SeqServerUrl"];
            if (!string.IsNullOrEmpty(seq))
            {
                lc.WriteTo.Seq(seq);
            }
        });

        var zipkin = builder.Configuration["Otel:ZipkinEndpoint"] ?? "http://localhost:9411/api/v2/spans";
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddZipkinExporter(o => o.Endpoint = new Uri(zipkin)));

        return builder;
    }
}
