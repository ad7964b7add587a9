using System;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tidemart.Shared.Hosting.Gateways;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp;
using Volo.Abp.Modularity;

namespace Tidemart.PublicWebGateway;

[DependsOn(typeof(TidemartSharedHostingGatewaysModule))]
public class TidemartPublicWebGatewayModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        context.Services.AddCors(options =>
        {
            options.AddDefaultPolicy(builder =>
            {
                builder
                    .WithOrigins(configuration.GetCorsOrigins().Select(o => o.TrimEnd('/')).ToArray())
                    .WithAbpExposedHeaders()
                    .SetIsOriginAllowedToAllowWildcardSubdomains()
                    .AllowAnyHeader()
                    .AllowAnyMethod()
                    .AllowCredentials();
            });
        });

        context.Services.AddSwaggerGen();
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();
        var env = context.GetEnvironment();

        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseCorrelationId();
        app.UseCors();
        app.UseSwaggerUIWithYarp("Tidemart Public Web Gateway");
        app.UseAbpSerilogEnrichers();
        app.UseRouting();

        // Root goes to the swagger UI
        app.UseRewriter(new Microsoft.AspNetCore.Rewrite.RewriteOptions().AddRedirect("^(|\\|\\s+)$", "/swagger"));

        app.UseEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/health-status");
            endpoints.MapReverseProxy();
        });
    }
}
