namespace Sample.Api
{
    using System;
    using Contracts;
    using MassTransit;
    using MassTransit.Definition;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Diagnostics.HealthChecks;
    using Microsoft.AspNetCore.Hosting;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Diagnostics.HealthChecks;
    using Microsoft.Extensions.Hosting;
    using OpenTelemetry.Resources;
    using OpenTelemetry.Trace;


    public class Startup
    {
        public Startup(IConfiguration configuration)
        {
            Configuration = configuration;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            services.Configure<AppConfig>(Configuration.GetSection("AppConfig"));
            var appConfig = Configuration.GetSection("AppConfig").Get<AppConfig>();

            services.AddOpenTelemetryTracing(builder =>
            {
                builder.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("api"))
                    .AddSource("MassTransit")
                    .AddAspNetCoreInstrumentation()
                    .AddJaegerExporter(o =>
                    {
                        o.AgentHost = Environment.GetEnvironmentVariable("JAEGER_AGENT_HOST") ?? "localhost";
                        o.AgentPort = int.Parse(Environment.GetEnvironmentVariable("JAEGER_AGENT_PORT") ?? "6831");
                    });
            });

            services.AddMassTransit(cfg =>
            {
                cfg.SetKebabCaseEndpointNameFormatter();

                cfg.UsingRabbitMq((context, configurator) =>
                {
                    configurator.Host(appConfig.Host, appConfig.VirtualHost, h =>
                    {
                        h.Username(appConfig.Username);
                        h.Password(appConfig.Password);
                    });

                    configurator.UsePrometheusMetrics(serviceName: "api");
                });

                cfg.AddRequestClient<SubmitOrder>(new Uri($"queue:{KebabCaseEndpointNameFormatter.Instance.Consumer<SubmitOrderConsumerStub>()}"));
                cfg.AddRequestClient<CheckOrder>();
            });

            services.Configure<HealthCheckPublisherOptions>(options =>
            {
                options.Delay = TimeSpan.FromSeconds(2);
                options.Predicate = check => check.Tags.Contains("ready");
            });

            services.AddMassTransitHostedService();

            services.AddOpenApiDocument(cfg => cfg.PostProcess = d => d.Info.Title = "Sample API Site");

            services.AddControllers();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            if (env.IsDevelopment())
                app.UseDeveloperExceptionPage();

            app.UseOpenApi();
            app.UseSwaggerUi3();

            app.UseRouting();

            app.UseAuthorization();

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapControllers();
                endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions {Predicate = check => check.Tags.Contains("ready")});
                endpoints.MapHealthChecks("/health/live", new HealthCheckOptions());
            });
        }
    }


    // Used only to compute the queue name "submit-order" without referencing Sample.Components
    class SubmitOrderConsumerStub :
        IConsumer<SubmitOrder>
    {
        public System.Threading.Tasks.Task Consume(ConsumeContext<SubmitOrder> context) => throw new NotImplementedException();
    }
}
