using Azure.Messaging.EventHubs.Producer;
using Kestrel.Skyparcel.Delivery.Services;
using Microsoft.Azure.Cosmos;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.AddControllers();
builder.Services.AddApplicationInsightsTelemetry();
builder.Services.AddHealthChecks();

// Azure Cache for Redis: active deliveries
builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
    ConnectionMultiplexer.Connect(config["Redis:ConnectionString"]));
builder.Services.AddSingleton<IDeliveryRepository, RedisDeliveryRepository>();

// Cosmos DB (SQL API): delivery notes / confirmations
builder.Services.AddSingleton(_ => new CosmosClient(config["CosmosDb:Endpoint"], config["CosmosDb:Key"]));
builder.Services.AddSingleton<INotesRepository, CosmosNotesRepository>();

// Event Hubs: status events for delivery-history
builder.Services.AddSingleton(_ => new EventHubProducerClient(
    config["DeliveryStatus:EventHubConnectionString"], config["DeliveryStatus:EventHubName"]));
builder.Services.AddSingleton<IDeliveryStatusPublisher, DeliveryStatusPublisher>();

var app = builder.Build();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.Run();
