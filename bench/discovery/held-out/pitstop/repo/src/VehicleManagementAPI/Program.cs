using Gearbox.Infrastructure.Messaging.Configuration;
using Gearbox.VehicleManagementAPI.DataAccess;
using Microsoft.EntityFrameworkCore;
using Polly;
using Prometheus;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((context, logContext) =>
    logContext
        .ReadFrom.Configuration(context.Configuration)
        .Enrich.WithProperty("ApplicationName", "VehicleManagementAPI")
        .Enrich.WithMachineName());

var sqlConnectionString = builder.Configuration.GetConnectionString("VehicleManagementCN");
builder.Services.AddDbContext<VehicleManagementDBContext>(options => options.UseSqlServer(sqlConnectionString));

builder.Services.UseRabbitMQMessagePublisher(builder.Configuration);

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen(c =>
    c.SwaggerDoc("v1", new() { Title = "Gearbox Garage - Vehicle Management API", Version = "v1" }));

builder.Services.AddHealthChecks()
    .AddSqlServer(sqlConnectionString, name: "sqlserver");

var app = builder.Build();

app.UseSwagger();
app.UseSwaggerUI(c => c.SwaggerEndpoint("/swagger/v1/swagger.json", "VehicleManagement API - v1"));
app.UseMetricServer();
app.UseHttpMetrics();
app.MapControllers();
app.MapHealthChecks("/health");

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<VehicleManagementDBContext>();
    Policy
        .Handle<Exception>()
        .WaitAndRetry(10, r => TimeSpan.FromSeconds(10), (ex, ts) =>
            Log.Error("Error connecting to DB. Retrying in 10 sec."))
        .Execute(() => db.Database.Migrate());
}

app.Run();
