using System.Globalization;
using Stripe;
using Vaultkeep.Billing.Services;
using Vaultkeep.Core.Settings;
using Vaultkeep.Core.Utilities;
using Vaultkeep.Infrastructure.Dapper;
using Vaultkeep.SharedWeb.Utilities;

namespace Vaultkeep.Billing;

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
        services.Configure<BillingSettings>(Configuration.GetSection("BillingSettings"));
        var billingSettings = Configuration.GetSection("BillingSettings").Get<BillingSettings>();

        // Stripe Billing
        StripeConfiguration.ApiKey = globalSettings.Stripe.ApiKey;
        StripeConfiguration.MaxNetworkRetries = globalSettings.Stripe.MaxNetworkRetries;

        // Repositories
        services.AddDapperRepositories(globalSettings.SelfHosted);

        // PayPal IPN Client
        services.AddHttpClient<IPayPalIPNClient, PayPalIPNClient>();

        // Services
        services.AddBaseServices(globalSettings);
        services.AddMailServices(globalSettings);
        services.AddSingleton<IStripeFacade, StripeFacade>();
        services.AddScoped<IStripeEventService, StripeEventService>();

        // Freshdesk support integration
        services.AddHttpClient("FreshdeskApi", client =>
        {
            client.BaseAddress = new Uri("https://vaultkeep.freshdesk.com/api/v2/");
        });

        services.AddMvc(config => config.Filters.Add(new LoggingExceptionHandlerFilterAttribute()));
    }

    public void Configure(IApplicationBuilder app, IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        app.UseSerilog(env, globalSettings);
        app.UseDefaultMiddleware(env, globalSettings);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapDefaultControllerRoute();
            endpoints.MapGet("/alive", context => context.Response.WriteAsync(DateTime.UtcNow.ToString()));
        });
    }
}

public class BillingSettings
{
    public virtual string JobsKey { get; set; }
    public virtual string StripeWebhookKey { get; set; }
    public virtual string StripeWebhookSecret20231016 { get; set; }
    public virtual string BitPayWebhookKey { get; set; }
    public virtual string AppleWebhookKey { get; set; }
    public virtual PayPalSettings PayPal { get; set; } = new PayPalSettings();
    public virtual string FreshdeskWebhookKey { get; set; }
    public virtual string FreshdeskApiKey { get; set; }

    public class PayPalSettings
    {
        public virtual bool Production { get; set; }
        public virtual string BusinessId { get; set; }
        public virtual string WebhookKey { get; set; }
    }
}
