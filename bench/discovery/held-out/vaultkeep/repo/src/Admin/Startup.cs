using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Vaultkeep.Admin.HostedServices;
using Vaultkeep.Admin.IdentityServer;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.Migrator;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.Admin;

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

    public IConfiguration Configuration { get; private set; }
    public IWebHostEnvironment Environment { get; set; }

    public void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions();

        var globalSettings = services.AddGlobalSettingsServices(Configuration);
        services.Configure<AdminSettings>(Configuration.GetSection("AdminSettings"));

        services.AddCustomDataProtectionServices(Environment, globalSettings);

        // Repositories
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // Context
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentContext, CurrentContext>();

        // Identity (passwordless e-mail login for system administrators)
        services.AddPasswordlessIdentityServices<ReadOnlyEnvIdentityUserStore>(globalSettings);
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromMinutes(5);
        });

        // Services
        services.AddBaseServices(globalSettings);
        services.AddMailServices(globalSettings);
        services.AddEventWriteServices(globalSettings);

        // Mvc
        services.AddMvc(config =>
        {
            config.Filters.Add(new LoggingExceptionHandlerFilterAttribute());
        });

        // Jobs / hosted services
        if (globalSettings.SelfHosted)
        {
            services.AddSingleton<DbMigrator>();
            services.AddHostedService<DatabaseMigrationHostedService>();
            services.AddHostedService<Jobs.JobsHostedService>();
        }
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        app.UseSerilog(env, globalSettings);
        app.UseMiddleware<SecurityHeadersMiddleware>();

        if (globalSettings.SelfHosted)
        {
            app.UsePathBase("/admin");
            app.UseForwardedHeaders(globalSettings);
        }

        if (env.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });
    }
}
