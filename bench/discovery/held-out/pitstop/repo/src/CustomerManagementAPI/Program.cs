using Gearbox.CustomerManagementAPI.DataAccess;
using Gearbox.Infrastructure.Messaging.Configuration;
using Microsoft.EntityFrameworkCore;
using Polly;
using Prometheus;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logContext) =>
    logContext
        .ReadFrom.Configuration(context.Configuration)
        .Enrich.WithProperty("ApplicationName", "CustomerManagementAPI")
        .Enrich.WithMachineName());

// add DBContext
var sqlConnectionString = builder.Configuration.GetConnectionString("CustomerManagementCN");
builder.Services.AddDbContext<CustomerManagementDBContext>(options => options.UseSqlServer(sqlConnectionString));

// add messagepublisher
builder.Services.UseRabbitMQMessagePublisher(builder.Configuration);

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(c =>
    c.SwaggerDoc("v1", new() { Title = "Gearbox Garage - Customer Management API", Version = "v1" }));

builder.Services.AddHealthChecks()
    .AddSqlServer(sqlConnectionString, name: "sqlserver");

var app = builder.Build();

app.UseSwagger();
app.UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "CustomerManagement API - v1"));

app.UseMetricServer();      // /metrics (scraped by Prometheus in k8s)
app.UseHttpMetrics();

app.MapControllers();
app.MapHealthChecks("/health");

// auto migrate db (SQL Server may take a while to come up in docker-compose)
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<CustomerManagementDBContext>();
    Policy
        .Handle<Exception>()
        .WaitAndRetry(10, r => TimeSpan.FromSeconds(10), (ex, ts) =>
            Log.Error("Error connecting to DB. Retrying in 10 sec."))
        .Execute(() => db.MigrateDB());
}

app.Run();
