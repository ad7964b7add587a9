using Northgate.GantryWatch.TollGateService.DomainServices;
using Northgate.GantryWatch.TollGateService.Repositories;

var builder = WebApplication.CreateBuilder(args);

var section = builder.Configuration.GetSection("TollSection");
builder.Services.AddSingleton<ISpeedingViolationCalculator>(
    new DefaultSpeedingViolationCalculator(
        section["RoadId"] ?? "N7",
        section.GetValue("LengthInKm", 10),
        section.GetValue("MaxSpeedInKmh", 100),
        section.GetValue("LegalCorrectionInKmh", 5)));

// Dapr sidecar ports come from DAPR_HTTP_PORT / DAPR_GRPC_PORT (set by daprd / compose).
var daprHttpPort = Environment.GetEnvironmentVariable("DAPR_HTTP_PORT") ?? "3600";
var daprGrpcPort = Environment.GetEnvironmentVariable("DAPR_GRPC_PORT") ?? "60000";
builder.Services.AddDaprClient(b => b
    .UseHttpEndpoint($"http://localhost:{daprHttpPort}")
    .UseGrpcEndpoint($"http://localhost:{daprGrpcPort}"));

builder.Services.AddSingleton<IVehicleStateRepository, DaprVehicleStateRepository>();

// Feature flag: actor-based vehicle tracking (workshop "bonus" lab). Off in every environment.
if (builder.Configuration.GetValue("Features:UseActors", false))
{
    throw new NotSupportedException("Actor mode was removed in v2; see docs/self-hosted.md.");
}

builder.Services.AddControllers().AddDapr();
builder.Services.AddHealthChecks();

builder.WebHost.UseUrls("http://*:6000");

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapControllers();

app.Run();
