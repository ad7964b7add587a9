using TideMart.Basket.Clients;
using TideMart.Basket.Infrastructure;
using TideMart.Shared.Auth;
using TideMart.Shared.Dapr;
using TideMart.Shared.Observability;

var builder = WebApplication.CreateBuilder(args);

builder.AddTideMartObservability("basketapp");

builder.Services.AddTideMartDapr();
builder.Services.AddTideMartAuth(builder.Configuration, audience: "basket-api");
builder.Services.AddScoped<ICartRepository, DaprCartRepository>();
builder.Services.AddScoped<IProductCatalogClient, DaprProductCatalogClient>();
builder.Services.AddHealthChecks()
    .AddCheck<DaprSidecarHealthCheck>("dapr");

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.UseTideMartDapr();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/liveness", () => Results.Ok());

app.Run();

public partial class Program { }
