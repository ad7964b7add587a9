using System.Globalization;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.EventsProcessor;

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

        // Hosted Services
        services.AddHostedService<AzureQueueHostedService>();
        services.AddHealthChecks();
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        app.UseSerilog(env, globalSettings);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapHealthChecks("/healthz");
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });
    }
}
