using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tidemart.Shared.Hosting.Microservices;
using Volo.Abp.Modularity;
using Yarp.ReverseProxy.Configuration;

namespace Tidemart.Shared.Hosting.Gateways;

[DependsOn(typeof(TidemartSharedHostingMicroservicesModule))]
public class TidemartSharedHostingGatewaysModule : AbpModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        // Routes and clusters come from the "ReverseProxy" section (yarp.json + env overrides).
        context.Services
            .AddReverseProxy()
            .LoadFromConfig(configuration.GetSection("ReverseProxy"));
    }
}

public static class YarpSwaggerUIBuilderExtensions
{
    /// <summary>
    /// Adds one Swagger UI document per proxied cluster. The documents are fetched by the
    /// browser through the gateway's own "/swagger-json/{cluster}" routes.
    /// </summary>
    public static IApplicationBuilder UseSwaggerUIWithYarp(this IApplicationBuilder app, string title)
    {
        var proxyConfig = app.ApplicationServices.GetRequiredService<IProxyConfigProvider>().GetConfig();
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();

        app.UseSwaggerUI(options =>
        {
            options.DocumentTitle = title;

            foreach (var cluster in proxyConfig.Clusters.OrderBy(c => c.ClusterId))
            {
                options.SwaggerEndpoint($"/swagger-json/{cluster.ClusterId}/swagger/v1/swagger.json",
                    $"{cluster.ClusterId} API");
            }

            options.OAuthClientId(configuration["AuthServer:SwaggerClientId"]);
            options.OAuthScopes(proxyConfig.Clusters.Select(c => c.ClusterId + "Service").ToArray());
        });

        return app;
    }
}
