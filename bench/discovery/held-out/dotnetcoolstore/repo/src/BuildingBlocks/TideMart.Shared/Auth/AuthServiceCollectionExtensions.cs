using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace TideMart.Shared.Auth;

public class AuthOptions
{
    public string Authority { get; set; } = "http://localhost:5001";
    public string Audience { get; set; } = string.Empty;
    public bool RequireHttpsMetadata { get; set; }
}

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Bearer token validation against the TideMart identity server. The handler downloads
    /// {Authority}/.well-known/openid-configuration and the JWKS on first request.
    /// </summary>
    public static IServiceCollection AddTideMartAuth(this IServiceCollection services, IConfiguration config, string audience)
    {
        var opts = config.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.Authority = opts.Authority;
                o.Audience = string.IsNullOrEmpty(opts.Audience) ? audience : opts.Audience;
                o.RequireHttpsMetadata = opts.RequireHttpsMetadata;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidateIssuer = false, // issuer differs between in-cluster and public URL
                    NameClaimType = "name",
                };
            });

        services.AddAuthorization();
        return services;
    }
}
