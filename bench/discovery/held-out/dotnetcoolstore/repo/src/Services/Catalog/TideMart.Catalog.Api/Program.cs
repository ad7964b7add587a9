using MediatR;
using TideMart.Catalog.Clients;
using TideMart.Catalog.Data;
using TideMart.Shared.Auth;
using TideMart.Shared.Dapr;
using TideMart.Shared.Observability;
using TideMart.Shared.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.AddTideMartObservability("catalogapp");

builder.Services.AddTideMartDapr();
builder.Services.AddPostgresDbContext<CatalogDbContext>(builder.Configuration, "catalogdb");
builder.Services.AddTideMartAuth(builder.Configuration, audience: "catalog-api");
builder.Services.AddMediatR(c => c.RegisterServicesFromAssemblyContaining<Program>());
builder.Services.AddScoped<IStockClient, DaprStockClient>();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

await app.MigrateDatabaseAsync<CatalogDbContext>();

app.UseAuthentication();
app.UseAuthorization();
app.UseTideMartDapr();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/liveness", () => Results.Ok("alive"));

app.Run();

public partial class Program { }
