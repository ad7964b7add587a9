using Dapr.Client;
using Dapr.Extensions.Configuration;
using HealthChecks.UI.Client;
using Larkspur.BuildingBlocks.EventBus;
using Larkspur.BuildingBlocks.EventBus.Abstractions;
using Larkspur.Services.Ordering.API;
using Larkspur.Services.Ordering.API.Actors;
using Larkspur.Services.Ordering.API.Hubs;
using Larkspur.Services.Ordering.API.Infrastructure;
using Larkspur.Services.Ordering.API.Infrastructure.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddDaprSecretStore(
    builder.Configuration["SecretStoreName"] ?? "larkspur-secretstore",
    new DaprClientBuilder().Build());

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .WriteTo.Console()
    .WriteTo.Seq(builder.Configuration["SeqServerUrl"] ?? "http://seq")
    .Enrich.WithProperty("ApplicationName", "Ordering API")
    .CreateLogger();
builder.Host.UseSerilog();

builder.Services.Configure<OrderingSettings>(builder.Configuration);

builder.Services.AddDaprClient();
builder.Services.AddControllers().AddDapr();
builder.Services.AddSignalR();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

// Actor state is kept in the state store component flagged actorStateStore=true.
builder.Services.AddActors(options =>
{
    options.Actors.RegisterActor<OrderingProcessActor>();
    options.ActorIdleTimeout = TimeSpan.FromHours(1);
});

builder.Services.AddDbContext<OrderingDbContext>(
    options => options.UseSqlServer(builder.Configuration.GetConnectionString("OrderingDB")!));

var identityUrl = builder.Configuration.GetValue<string>("IdentityUrl");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = identityUrl;
        options.RequireHttpsMetadata = false;
        options.Audience = "ordering-api";
        options.TokenValidationParameters.ValidateIssuer = false;
    });
builder.Services.AddAuthorization(options =>
{
    options.AddPolicy("ApiScope", policy => policy.RequireClaim("scope", "ordering"));
});

builder.Services.AddHealthChecks()
    .AddCheck("self", () => HealthCheckResult.Healthy())
    .AddSqlServer(builder.Configuration.GetConnectionString("OrderingDB")!, name: "OrderingDB-check");

builder.Services.AddScoped<IEventBus, DaprEventBus>();
builder.Services.AddScoped<IOrderRepository, OrderRepository>();
builder.Services.AddScoped<IEmailService, EmailService>();

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
app.MapActorsHandlers();
app.MapSubscribeHandler();
app.MapHub<NotificationsHub>("/hub/notificationhub");
app.MapHealthChecks("/hc", new HealthCheckOptions
{
    Predicate = _ => true,
    ResponseWriter = UIResponseWriter.WriteHealthCheckUIResponse
});

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Database.Migrate();
}

app.Run();
