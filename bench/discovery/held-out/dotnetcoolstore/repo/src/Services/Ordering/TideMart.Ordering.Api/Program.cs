using Microsoft.EntityFrameworkCore;
using TideMart.Ordering.Data;
using TideMart.Shared.Auth;
using TideMart.Shared.Dapr;
using TideMart.Shared.Observability;
using TideMart.Shared.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddTideMartObservability("orderapp");

builder.Services.AddTideMartDapr();
builder.Services.AddPostgresDbContext<OrderingDbContext>(builder.Configuration, "orderingdb");
builder.Services.AddTideMartAuth(builder.Configuration, audience: "ordering-api");

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Database.MigrateAsync();
}

app.UseAuthentication();
app.UseAuthorization();
app.UseTideMartDapr();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/liveness", () => Results.Ok());

app.Run();
