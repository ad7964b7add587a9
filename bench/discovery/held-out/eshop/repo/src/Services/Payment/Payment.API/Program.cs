using Northwind.BuildingBlocks.EventBus.Abstractions;
using Northwind.BuildingBlocks.EventBusRabbitMQ;
using Northwind.Services.Payment.API;
using Northwind.Services.Payment.API.IntegrationEvents;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<PaymentSettings>(builder.Configuration);
builder.Services.AddHealthChecks()
    .AddRabbitMQ($"amqp://{builder.Configuration["EventBusConnection"]}", name: "payment-rabbitmqbus-check", tags: new[] { "rabbitmqbus" });

builder.Services.AddEventBus(builder.Configuration);
builder.Services.AddTransient<OrderStatusChangedToStockConfirmedIntegrationEventHandler>();

var app = builder.Build();

app.MapHealthChecks("/hc");

var eventBus = app.Services.GetRequiredService<IEventBus>();
eventBus.Subscribe<OrderStatusChangedToStockConfirmedIntegrationEvent, OrderStatusChangedToStockConfirmedIntegrationEventHandler>();

app.Run();

namespace Northwind.Services.Payment.API
{
    public class PaymentSettings
    {
        public bool PaymentSucceeded { get; set; }
    }
}
