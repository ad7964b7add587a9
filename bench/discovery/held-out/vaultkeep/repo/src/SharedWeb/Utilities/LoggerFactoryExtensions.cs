using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;

namespace Vaultkeep.SharedWeb.Utilities;

public static class LoggerFactoryExtensions
{
    public static void UseSerilog(this IApplicationBuilder appBuilder, IWebHostEnvironment env,
        GlobalSettings globalSettings)
    {
        if (env.IsDevelopment())
        {
            return;
        }
    }

    public static IHostBuilder AddSerilogFileLogging(this IHostBuilder builder)
    {
        return builder.ConfigureServices((context, services) =>
        {
            var globalSettings = new GlobalSettings();
            context.Configuration.GetSection("GlobalSettings").Bind(globalSettings);

            var config = new LoggerConfiguration()
                .MinimumLevel.Verbose()
                .Enrich.FromLogContext();

            // Error reporting only; no application data flows through Sentry.
            if (CoreHelpers.SettingHasValue(globalSettings?.Sentry?.Dsn))
            {
                config.WriteTo.Sentry(o =>
                {
                    o.Dsn = globalSettings.Sentry.Dsn;
                    o.MinimumEventLevel = LogEventLevel.Error;
                    o.Release = AssemblyHelpers.GetVersion();
                });
            }
            else if (CoreHelpers.SettingHasValue(globalSettings?.Syslog?.Destination))
            {
                config.WriteTo.LocalSyslog(globalSettings.SiteName);
            }
            else if (CoreHelpers.SettingHasValue(globalSettings?.LogDirectory))
            {
                config.WriteTo.File($"{globalSettings.LogDirectory}/{globalSettings.ProjectName}/log.txt",
                    rollOnFileSizeLimit: true, rollingInterval: RollingInterval.Day);
            }

            Log.Logger = config.CreateLogger();
            services.AddSerilog();
        });
    }
}
