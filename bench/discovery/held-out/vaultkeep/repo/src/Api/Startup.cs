using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vaultkeep.Core.Auth.Identity.TokenProviders;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.Api;

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
        // Options
        services.AddOptions();

        // Settings
        var globalSettings = services.AddGlobalSettingsServices(Configuration);

        // Data Protection
        services.AddCustomDataProtectionServices(Environment, globalSettings);

        // Repositories (SQL Server via Dapper)
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // Context
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentContext, CurrentContext>();

        // Caching
        services.AddMemoryCache();
        services.AddDistributedCache(globalSettings);
        // Cloud uses a shared Redis cache for rate limiting; self-host keeps it in memory.
        // services.AddStackExchangeRedisCache(options =>
        // {
        //     options.Configuration = "vaultkeep-cache.redis.cache.windows.net:6380,ssl=True,abortConnect=False";
        //     options.InstanceName = "api";
        // });

        // Identity (JWT bearer against the identity service)
        services.AddIdentityAuthenticationServices(globalSettings, Environment, config =>
        {
            config.AddPolicy("Application", policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.RequireClaim("scope", "api");
            });
            config.AddPolicy("Web", policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.RequireClaim("scope", "api");
                policy.RequireClaim("client_id", "web");
            });
            config.AddPolicy("Installation", policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.RequireClaim("scope", "api.installation");
            });
        });

        // Services
        services.AddBaseServices(globalSettings);
        services.AddSingleton<IYubicoOtpValidator, YubicoOtpTokenProvider>();
        services.AddMailServices(globalSettings);
        services.AddPushNotificationServices(globalSettings);
        services.AddEventWriteServices(globalSettings);
        services.AddAttachmentStorageServices(globalSettings);

        // HIBP breach report proxy
        services.AddHttpClient("HibpClient", client =>
        {
            client.BaseAddress = new Uri("https://haveibeenpwned.com/api/v3/");
            client.DefaultRequestHeaders.Add("User-Agent", globalSettings.SiteName);
        });

        // MVC
        services.AddMvc(config =>
        {
            config.Conventions.Add(new ApiExplorerGroupConvention());
        });

        services.AddSwagger(globalSettings, Environment);
        services.AddHealthChecks();
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings,
        ILogger<Startup> logger)
    {
        IdentityModelEventSource.ShowPII = true;
        app.UseSerilog(env, globalSettings);

        // Add general security headers
        app.UseMiddleware<SecurityHeadersMiddleware>();

        // Default Middleware
        app.UseDefaultMiddleware(env, globalSettings);

        if (!globalSettings.SelfHosted)
        {
            // Rate limiting
            app.UseMiddleware<CustomIpRateLimitMiddleware>();
        }
        else
        {
            app.UseForwardedHeaders(globalSettings);
        }

        app.UseRouting();
        app.UseCors(policy => policy.SetIsOriginAllowed(o => CorsHelpers.IsCorsOriginAllowed(o, globalSettings))
            .AllowAnyMethod().AllowAnyHeader().AllowCredentials());

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentContextMiddleware>();

        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapHealthChecks("/healthz");
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(System.DateTime.UtcNow.ToString()));
        });

        if (globalSettings.SelfHosted == false || env.IsDevelopment())
        {
            app.UseSwagger();
        }

        logger.LogInformation(Constants.BypassFiltersEventId, globalSettings.ProjectName + " started.");
    }
}
