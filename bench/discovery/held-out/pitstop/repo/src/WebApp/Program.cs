using Gearbox.WebApp.RESTClients;
using Polly;
using Prometheus;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logContext) =>
    logContext
        .ReadFrom.Configuration(context.Configuration)
        .Enrich.WithProperty("ApplicationName", "WebApp")
        .Enrich.WithMachineName());

// add typed REST clients for the back-end APIs (addresses from the APIServiceLocations section)
// (transient HTTP errors are retried with exponential back-off)
builder.Services.AddHttpClient<ICustomerManagementAPI, CustomerManagementAPI>()
    .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));
builder.Services.AddHttpClient<IVehicleManagementAPI, VehicleManagementAPI>()
    .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));
builder.Services.AddHttpClient<IWorkshopManagementAPI, WorkshopManagementAPI>()
    .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt))));

// if (builder.Configuration.GetValue<bool>("FeatureFlags:ShowInvoices"))
// {
//     builder.Services.AddHttpClient<IInvoiceAPI, InvoiceAPI>();
// }

builder.Services.AddControllersWithViews();
builder.Services.AddHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
}

app.UseStaticFiles();
app.UseRouting();
app.UseMetricServer();
app.UseHttpMetrics();

app.MapHealthChecks("/health");
app.MapControllerRoute(
    name: "default",
    pattern: "{controller=Home}/{action=Index}/{id?}");

app.Run();
