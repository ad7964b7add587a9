using System.Globalization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Identity.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.Identity;

public class Startup
{
    public Startup(IWebHostEnvironment env, IConfiguration configuration)
    {
        CultureInfo.DefaultCulture = new CultureInfo("en-US");
        Configuration = configuration;
        Environment = env;
    }

    public IConfiguration Configuration { get; private set; }
    public IWebHostEnvironment Environment { get; set; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions();

        var globalSettings = services.AddGlobalSettingsServices(Configuration);

        services.AddCustomDataProtectionServices(Environment, globalSettings);

        // Repositories
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // Context
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentContext, CurrentContext>();

        // Caching
        services.AddMemoryCache();
        services.AddDistributedCache(globalSettings);

        // Mvc
        services.AddMvc();
        services.AddCors(config =>
        {
            config.AddPolicy("SSO", policy => policy.SetIsOriginAllowed(o => CorsHelpers.IsCorsOriginAllowed(o, globalSettings))
                .AllowAnyHeader().AllowAnyMethod().AllowCredentials());
        });

        // Authentication
        services
            .AddAuthentication()
            .AddCookie(AuthenticationSchemes.VaultkeepExternalCookieAuthenticationScheme)
            .AddOpenIdConnect("sso", "Single Sign On", options =>
            {
                // The Sso container acts as the upstream OIDC provider for "Log in with SSO".
                options.Authority = globalSettings.BaseServiceUri.InternalSso;
                options.RequireHttpsMetadata = !Environment.IsDevelopment() &&
                    globalSettings.BaseServiceUri.InternalIdentity.StartsWith("https");
                options.ClientId = "oidc-identity";
                options.ClientSecret = globalSettings.OidcIdentityClientKey;
                options.ResponseMode = "form_post";

                options.SignInScheme = AuthenticationSchemes.VaultkeepExternalCookieAuthenticationScheme;
                options.ResponseType = "code";
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;

                options.Events = new OpenIdConnectEvents
                {
                    OnRedirectToIdentityProvider = context =>
                    {
                        // Pass domain_hint onto the sso idp
                        context.ProtocolMessage.DomainHint = context.Properties.Items["domain_hint"];
                        context.ProtocolMessage.Parameters.Add("organizationId", context.Properties.Items["organizationId"]);
                        if (context.Properties.Items.TryGetValue("user_identifier", out var userIdentifier))
                        {
                            context.ProtocolMessage.SessionState = userIdentifier;
                        }
                        return Task.FromResult(0);
                    }
                };
            });

        // IdentityServer
        services.AddCustomIdentityServerServices(Environment, globalSettings);

        // Identity
        services.AddCustomIdentityServices(globalSettings);

        // Services
        services.AddBaseServices(globalSettings);
        services.AddMailServices(globalSettings);
        services.AddEventWriteServices(globalSettings);

        services.AddHealthChecks();
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings,
        ILogger<Startup> logger)
    {
        app.UseSerilog(env, globalSettings);
        app.UseMiddleware<SecurityHeadersMiddleware>();

        if (!env.IsDevelopment())
        {
            var uri = new Uri(globalSettings.BaseServiceUri.Identity);
            app.Use(async (ctx, next) =>
            {
                ctx.RequestServices.GetRequiredService<IServerUrls>().Origin = $"{uri.Scheme}://{uri.Host}";
                ctx.RequestServices.GetRequiredService<IServerUrls>().BasePath = uri.AbsolutePath;
                await next();
            });
        }

        if (globalSettings.SelfHosted)
        {
            app.UsePathBase("/identity");
            app.UseForwardedHeaders(globalSettings);
        }

        app.UseDefaultMiddleware(env, globalSettings);
        app.UseRouting();
        app.UseCors(policy => policy.SetIsOriginAllowed(o => CorsHelpers.IsCorsOriginAllowed(o, globalSettings))
            .AllowAnyMethod().AllowAnyHeader().AllowCredentials());
        app.UseIdentityServer();
        app.UseMiddleware<CurrentContextMiddleware>();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });

        logger.LogInformation(Core.Constants.BypassFiltersEventId, "Identity started.");
    }
}
