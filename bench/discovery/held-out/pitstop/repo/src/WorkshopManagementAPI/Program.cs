using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.WorkshopManagementAPI.CommandHandlers;
using Gearbox.WorkshopManagementAPI.Repositories;
using Prometheus;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logContext) =>
    logContext
        .ReadFrom.Configuration(context.Configuration)
        .Enrich.WithProperty("ApplicationName", "WorkshopManagementAPI")
        .Enrich.WithMachineName());

// add repo classes
var eventStoreConnectionString = builder.Configuration.GetConnectionString("EventStoreCN");
builder.Services.AddTransient<IWorkshopPlanningRepository>(_ =>
    new SqlServerWorkshopPlanningEventSourceRepository(eventStoreConnectionString));

var workshopManagementConnectionString = builder.Configuration.GetConnectionString("WorkshopManagementCN");
builder.Services.AddTransient<IVehicleRepository>(_ => new SqlServerRefDataRepository(workshopManagementConnectionString));
builder.Services.AddTransient<ICustomerRepository>(_ => new SqlServerRefDataRepository(workshopManagementConnectionString));

// add messagepublisher
builder.Services.UseRabbitMQMessagePublisher(builder.Configuration);

// add command-handlers
builder.Services.AddCommandHandlers();

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(c =>
    c.SwaggerDoc("v1", new() { Title = "Gearbox Garage - Workshop Management API", Version = "v1" }));

var rabbitSection = builder.Configuration.GetSection("RabbitMQPublisher");
builder.Services.AddHealthChecks()
    .AddSqlServer(eventStoreConnectionString, name: "eventstore")
    .AddRabbitMQ(new Uri($"amqp://{rabbitSection["Username"]}:{rabbitSection["Password"]}@{rabbitSection["Host"]}:5672/"), name: "rabbitmq");

var app = builder.Build();

app.UseSwagger();
app.UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "WorkshopManagement API - v1"));
app.UseMetricServer();
app.UseHttpMetrics();
app.MapControllers();
app.MapHealthChecks("/health");

// make sure the event-store tables exist
app.Services.GetRequiredService<IWorkshopPlanningRepository>().EnsureDatabase();

app.Run();

