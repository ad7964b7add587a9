using System.IdentityModel.Tokens.Jwt;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBusRabbitMQ;
using Northwind.Services.Ordering.API.Application.IntegrationEvents;
using Northwind.Services.Ordering.API.Application.IntegrationEvents.EventHandling;
using Northwind.Services.Ordering.API.Application.IntegrationEvents.Events;
using Northwind.Services.Ordering.API.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddControllers();

builder.Services.AddDbContext<OrderingContext>(options =>
{
    options.UseSqlServer(configuration["ConnectionString"], sqlServerOptionsAction: sqlOptions =>
    {
        sqlOptions.MigrationsAssembly(typeof(Program).Assembly.GetName().Name);
        sqlOptions.EnableRetryOnFailure(maxRetryCount: 15, maxRetryDelay: TimeSpan.FromSeconds(30), errorNumbersToAdd: null);
    });
});

JwtSecurityTokenHandler.DefaultInboundClaimTypeMap.Remove("sub");
var identityUrl = configuration.GetValue<string>("IdentityUrl");
builder.Services.AddAuthentication(options =>
{
    options.DefaultAuthenticateScheme = JwtBearerDefaults.AuthenticationScheme;
    options.DefaultChallengeScheme = JwtBearerDefaults.AuthenticationScheme;
}).AddJwtBearer(options =>
{
    options.Authority = identityUrl;
    options.RequireHttpsMetadata = false;
    options.Audience = "orders";
});
builder.Services.AddAuthorization();

builder.Services.AddHealthChecks()
    .AddSqlServer(configuration["ConnectionString"], name: "OrderingDB-check", tags: new[] { "orderingdb" })
    .AddRabbitMQ($"amqp://{configuration["EventBusConnection"]}", name: "ordering-rabbitmqbus-check", tags: new[] { "rabbitmqbus" });

builder.Services.AddEventBus(configuration);
builder.Services.AddTransient<IOrderingIntegrationEventService, OrderingIntegrationEventService>();
builder.Services.AddTransient<UserCheckoutAcceptedIntegrationEventHandler>();
builder.Services.AddTransient<GracePeriodConfirmedIntegrationEventHandler>();
builder.Services.AddTransient<OrderStockConfirmedIntegrationEventHandler>();
builder.Services.AddTransient<OrderStockRejectedIntegrationEventHandler>();
builder.Services.AddTransient<OrderPaymentSucceededIntegrationEventHandler>();
builder.Services.AddTransient<OrderPaymentFailedIntegrationEventHandler>();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/hc", new HealthCheckOptions
{
    Predicate = _ => true,
    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
});

var eventBus = app.Services.GetRequiredService<IEventBus>();
eventBus.Subscribe<UserCheckoutAcceptedIntegrationEvent, UserCheckoutAcceptedIntegrationEventHandler>();
eventBus.Subscribe<GracePeriodConfirmedIntegrationEvent, GracePeriodConfirmedIntegrationEventHandler>();
eventBus.Subscribe<OrderStockConfirmedIntegrationEvent, OrderStockConfirmedIntegrationEventHandler>();
eventBus.Subscribe<OrderStockRejectedIntegrationEvent, OrderStockRejectedIntegrationEventHandler>();
eventBus.Subscribe<OrderPaymentFailedIntegrationEvent, OrderPaymentFailedIntegrationEventHandler>();
eventBus.Subscribe<OrderPaymentSucceededIntegrationEvent, OrderPaymentSucceededIntegrationEventHandler>();

app.Run();
