using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace TideMart.Shared.Dapr;

public static class DaprServiceCollectionExtensions
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static IMvcBuilder AddTideMartDapr(this IServiceCollection services)
    {
        // DaprClient talks to the local sidecar (DAPR_HTTP_PORT / DAPR_GRPC_PORT), never to another service directly.
        services.AddDaprClient(b => b.UseJsonSerializationOptions(JsonOptions));
        return services.AddControllers().AddDapr();
    }

    public static WebApplication UseTideMartDapr(this WebApplication app)
    {
        app.UseCloudEvents();
        app.MapSubscribeHandler();
        return app;
    }
}
