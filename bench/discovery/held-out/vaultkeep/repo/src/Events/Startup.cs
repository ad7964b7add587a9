using System.Globalization;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.Events;

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

        // Repositories
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // Context
        services.AddScoped<ICurrentContext, CurrentContext>();

        // Identity
        services.AddIdentityAuthenticationServices(globalSettings, Environment, config =>
        {
            config.AddPolicy("Application", policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.RequireClaim("scope", "api");
            });
        });

        // Services: self-host has no events queue configured, so events are written to SQL directly.
        services.AddEventWriteServices(globalSettings);
        services.AddScoped<IEventService, EventService>();

        services.AddOptionality();
        services.AddMvc(config => config.Filters.Add(new LoggingExceptionHandlerFilterAttribute()));
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        app.UseSerilog(env, globalSettings);
        app.UseDefaultMiddleware(env, globalSettings);
        app.UseForwardedHeaders(globalSettings);
        app.UseRouting();
        app.UseCors(policy => policy.SetIsOriginAllowed(o => CorsHelpers.IsCorsOriginAllowed(o, globalSettings))
            .AllowAnyMethod().AllowAnyHeader().AllowCredentials());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<CurrentContextMiddleware>();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });
    }
}
