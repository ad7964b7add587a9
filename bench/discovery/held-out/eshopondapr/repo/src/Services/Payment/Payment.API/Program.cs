using HealthChecks.UI.Client;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Payment.API.Controllers;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .WriteTo.Console()
    .WriteTo.Seq(builder.Configuration["SeqServerUrl"] ?? "http://seq")
    .Enrich.WithProperty("ApplicationName", "Payment API")
    .CreateLogger();
builder.Host.UseSerilog();

builder.Services.Configure<PaymentSettings>(builder.Configuration.GetSection("Payment"));
builder.Services.AddDaprClient();
builder.Services.AddControllers().AddDapr();
builder.Services.AddScoped<IEventBus, DaprEventBus>();
builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());

var app = builder.Build();

app.UseCloudEvents();
app.MapControllers();
app.MapSubscribeHandler();
app.MapHealthChecks("/hc", new HealthCheckOptions
{
    Predicate = _ => true,
    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
});

app.Run();
