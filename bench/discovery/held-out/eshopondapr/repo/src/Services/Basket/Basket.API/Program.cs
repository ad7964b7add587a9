using HealthChecks.UI.Client;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Basket.API.Infrastructure.Repositories;
using Larkspur.Services.Basket.API.Controllers;
using Larkspur.Services.Basket.API.Model;
using Larkspur.Services.Basket.API.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .WriteTo.Console()
    .WriteTo.Seq(builder.Configuration["SeqServerUrl"] ?? "http://seq")
    .Enrich.WithProperty("ApplicationName", "Basket API")
    .CreateLogger();
builder.Host.UseSerilog();

builder.Services.AddDaprClient();
builder.Services.AddControllers().AddDapr();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

// Tokens are issued by identity-api. The JWT handler downloads the discovery document
// and signing keys from the authority at startup.
var identityUrl = builder.Configuration.GetValue<string>("IdentityUrl");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = identityUrl;
        options.RequireHttpsMetadata = false;
        options.Audience = "basket-api";
        options.TokenValidationParameters.ValidateIssuer = false;
    });
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("ApiScope", policy => policy.RequireClaim("scope", "basket"));
});

builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());

builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IEventBus, DaprEventBus>();
builder.Services.AddScoped<IBasketRepository, DaprBasketRepository>();
builder.Services.AddScoped<IIdentityService, IdentityService>();
builder.Services.AddScoped<OrderStatusChangedToSubmittedIntegrationEventHandler>();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseCloudEvents();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapSubscribeHandler();
app.MapHealthChecks("/hc", new HealthCheckOptions
{
    Predicate = _ => true,
    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
});

app.Run();
