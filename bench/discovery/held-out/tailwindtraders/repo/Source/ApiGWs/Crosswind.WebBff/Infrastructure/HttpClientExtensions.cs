using System.Net.Http.Headers;
using Polly;
using Polly.Extensions.Http;

namespace Crosswind.WebBff.Infrastructure;

public static class HttpClientExtensions
{
    public const string ApiClient = "apis";

    public static IServiceCollection AddBackendHttpClients(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<ForwardAuthorizationHandler>();

        services.AddHttpClient(ApiClient)
            .AddHttpMessageHandler<ForwardAuthorizationHandler>()
            .AddPolicyHandler(HttpPolicyExtensions
                .HandleTransientHttpError()
                .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * attempt)));

        return services;
    }
}

/// <summary>Copies the caller's bearer token onto outgoing calls to the APIs.</summary>
public class ForwardAuthorizationHandler : DelegatingHandler
{
    private readonly IHttpContextAccessor _accessor;

    public ForwardAuthorizationHandler(IHttpContextAccessor accessor) => _accessor = accessor;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var auth = _accessor.HttpContext?.Request.Headers.Authorization.ToString();
        if (!string.IsNullOrEmpty(auth) && AuthenticationHeaderValue.TryParse(auth, out var header))
        {
            request.Headers.Authorization = header;
        }
        return base.SendAsync(request, ct);
    }
}
