using Microsoft.EntityFrameworkCore;
using Showpass.Services.Marketing.DbContexts;
using Showpass.Services.Marketing.Services;
using Showpass.Services.Marketing.Worker;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

var connectionString = config.GetConnectionString("DefaultConnection");
builder.Services.AddDbContext<MarketingDbContext>(options => options.UseSqlServer(connectionString));

builder.Services.AddHttpClient<IBasketChangeEventService, BasketChangeEventService>(c =>
    c.BaseAddress = new Uri(config["ApiConfigs:ShoppingBasket:Uri"]!));

builder.Services.AddHostedService<BasketChangedEventsWorker>();

// Planned replacement for polling: subscribe to basket changes on Service Bus.
// builder.Services.AddSingleton<IAzServiceBusConsumer, BasketChangedConsumer>();
// builder.Services.Configure<ServiceBusOptions>(o =>
// {
//     o.ConnectionString = config["ServiceBusConnectionString"];
//     o.TopicName = "basketchangedmessage";
//     o.SubscriptionName = "showpassmarketing";
// });

builder.Services.AddHealthChecks().AddSqlServer(connectionString!);
builder.Services.AddControllers();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<MarketingDbContext>().Database.Migrate();
}

app.MapControllers();
app.MapHealthChecks("/health");

app.Run();
