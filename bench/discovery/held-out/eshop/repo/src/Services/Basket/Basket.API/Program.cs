using System.IdentityModel.Tokens.Jwt;
using HealthChecks.UI.Client;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBusRabbitMQ;
using Northwind.Services.Basket.API.Infrastructure;
using Northwind.Services.Basket.API.IntegrationEvents.EventHandling;
using Northwind.Services.Basket.API.IntegrationEvents.Events;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

// Redis: "ConnectionString" is a StackExchange.Redis configuration string (host[:port][,options])
builder.Services.AddSingleton<ConnectionMultiplexer>(sp =>
{
    var redisConfig = ConfigurationOptions.Parse(configuration["ConnectionString"], true);
    redisConfig.ResolveDns = true;
    return ConnectionMultiplexer.Connect(redisConfig);
});
builder.Services.AddTransient<IBasketRepository, RedisBasketRepository>();

// Bearer tokens are issued by Identity.API
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
    options.Audience = "basket";
});
builder.Services.AddAuthorization();

builder.Services.AddHealthChecks()
    .AddRedis(configuration["ConnectionString"], name: "redis-check", tags: new[] { "redis" })
    .AddRabbitMQ($"amqp://{configuration["EventBusConnection"]}", name: "basket-rabbitmqbus-check", tags: new[] { "rabbitmqbus" });

builder.Services.AddEventBus(configuration);
builder.Services.AddTransient<ProductPriceChangedIntegrationEventHandler>();
builder.Services.AddTransient<OrderStartedIntegrationEventHandler>();

var app = builder.Build();

app.UseSwagger();
app.UseSwaggerUI();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/hc", new HealthCheckOptions
{
    Predicate = _ => true,
    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
});

var eventBus = app.Services.GetRequiredService<IEventBus>();
eventBus.Subscribe<ProductPriceChangedIntegrationEvent, ProductPriceChangedIntegrationEventHandler>();
eventBus.Subscribe<OrderStartedIntegrationEvent, OrderStartedIntegrationEventHandler>();

app.Run();
