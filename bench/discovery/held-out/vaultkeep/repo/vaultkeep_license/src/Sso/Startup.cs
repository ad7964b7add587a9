using System.Globalization;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;
using Vaultkeep.Sso.Utilities;

namespace Vaultkeep.Sso;

public class Program
{
    public static void Main(string[] args)
    {
        Host
            .CreateDefaultBuilder(args)
            .ConfigureCustomAppConfiguration(args)
            .ConfigureWebHostDefaults(webBuilder => webBuilder.UseStartup<Startup>())
            .AddSerilogFileLogging()
            .Build()
            .Run();
    }
}

public class Startup
{
    public Startup(IWebHostEnvironment env, IConfiguration configuration)
    {
        CultureInfo.DefaultCulture = new CultureInfo("en-US");
        Configuration = configuration;
        Environment = env;
    }

    public IConfiguration Configuration { get; }
    public IWebHostEnvironment Environment { get; set; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions();

        var globalSettings = services.AddGlobalSettingsServices(Configuration);

        services.AddCustomDataProtectionServices(Environment, globalSettings);

        // Repositories (SsoConfig, SsoUser, Organization, User)
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // Context
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentContext, CurrentContext>();

        // Caching
        services.AddMemoryCache();
        services.AddDistributedCache(globalSettings);

        // Mvc
        services.AddControllersWithViews();

        // Authentication: per-organization OIDC / SAML2 schemes are built at runtime from SsoConfig rows.
        services.AddDistributedIdentityServices();
        services.AddAuthentication().AddCookie(AuthenticationSchemes.VaultkeepExternalCookieAuthenticationScheme);
        services.AddSsoServices(globalSettings);

        // IdentityServer: this service is the OIDC provider that identity's "sso" scheme points at.
        services.AddSsoIdentityServerServices(Environment, globalSettings);

        services.AddBaseServices(globalSettings);
        services.AddEventWriteServices(globalSettings);
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings,
        ILogger<Startup> logger)
    {
        app.UseSerilog(env, globalSettings);

        if (globalSettings.SelfHosted)
        {
            app.UsePathBase("/sso");
            app.UseForwardedHeaders(globalSettings);
        }

        app.UseDefaultMiddleware(env, globalSettings);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentContextMiddleware>();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });

        logger.LogInformation(Core.Constants.BypassFiltersEventId, "Sso started.");
    }
}
