using Microsoft.EntityFrameworkCore;
using TideMart.Shared.Auth;
using TideMart.Shared.Dapr;
using TideMart.Shared.Observability;
using TideMart.Shared.Persistence;
using TideMart.Stock.Data;

var builder = WebApplication.CreateBuilder(args);

builder.AddTideMartObservability("stockapp");

builder.Services.AddTideMartDapr();
builder.Services.AddPostgresDbContext<StockDbContext>(builder.Configuration, "stockdb");
builder.Services.AddTideMartAuth(builder.Configuration, audience: "stock-api");

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<StockDbContext>().Database.MigrateAsync();
}

app.UseAuthentication();
app.UseAuthorization();
app.UseTideMartDapr();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/liveness", () => Results.Ok());

app.Run();
