using Polly;
using Serilog;
using Showpass.Integration.MessagingBus;
using Showpass.Services.Payment.Services;
using Showpass.Services.Payment.Worker;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration));

builder.Services.AddHttpClient<IExternalGatewayPaymentService, ExternalGatewayPaymentService>(c =>
    {
        c.BaseAddress = new Uri(config["ApiConfigs:ExternalPaymentGateway:Uri"]!);
        c.DefaultRequestHeaders.Add("X-PayVault-Key", config["ApiConfigs:ExternalPaymentGateway:ApiKey"]);
    })
    .AddTransientHttpErrorPolicy(p => p.CircuitBreakerAsync(5, TimeSpan.FromSeconds(30)));

builder.Services.AddShowpassMessageBus(config);
builder.Services.AddHostedService<ServiceBusListener>();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/health");

app.Run();
