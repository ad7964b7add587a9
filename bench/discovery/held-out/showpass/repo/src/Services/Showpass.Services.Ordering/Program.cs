using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Serilog;
using Showpass.Integration.MessagingBus;
using Showpass.Services.Ordering.DbContexts;
using Showpass.Services.Ordering.Messaging;
using Showpass.Services.Ordering.Repositories;
using Showpass.Services.Ordering.Services;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration));

var connectionString = config.GetConnectionString("DefaultConnection");
builder.Services.AddDbContext<OrderDbContext>(options => options.UseSqlServer(connectionString));

// The consumer is a singleton, so it gets its own repository over a DbContext factory.
var optionsBuilder = new DbContextOptionsBuilder<OrderDbContext>();
optionsBuilder.UseSqlServer(connectionString);
builder.Services.AddSingleton(new OrderRepository(optionsBuilder.Options));
builder.Services.AddScoped<IOrderRepository, OrderRepository>();

builder.Services.AddShowpassMessageBus(config);
builder.Services.AddSingleton<IAzServiceBusConsumer, AzServiceBusConsumer>();
builder.Services.AddHostedService<AzServiceBusConsumerHostedService>();

if (config.GetValue<bool>("Features:SendOrderConfirmationEmail"))
{
    builder.Services.AddSingleton<IEmailSender, SendGridEmailSender>();
}
else
{
    builder.Services.AddSingleton<IEmailSender, NoOpEmailSender>();
}

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = config["IdentityServer:Authority"];
        options.Audience = "ordering";
        options.RequireHttpsMetadata = false;
    });

builder.Services.AddHealthChecks()
    .AddSqlServer(connectionString!)
    .AddAzureServiceBusTopic(config["ServiceBusConnectionString"]!, config["Messaging:CheckoutMessageTopic"]!);

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<OrderDbContext>().Database.Migrate();
}

app.UseSerilogRequestLogging();
app.UseAuthentication();
app.UseAuthorization();
app.MapGet("/api/order/user/{userId:guid}", async (Guid userId, IOrderRepository orders) =>
        Results.Ok(await orders.GetAllOrdersForUser(userId)))
    .RequireAuthorization();
app.MapHealthChecks("/health");

app.Run();
