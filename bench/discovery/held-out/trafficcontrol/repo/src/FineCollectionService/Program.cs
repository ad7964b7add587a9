using Northgate.GantryWatch.FineCollectionService.DomainServices;
using Northgate.GantryWatch.FineCollectionService.Proxies;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<IFineCalculator, TollwayFineCalculator>();

var daprHttpPort = Environment.GetEnvironmentVariable("DAPR_HTTP_PORT") ?? "3601";
var daprGrpcPort = Environment.GetEnvironmentVariable("DAPR_GRPC_PORT") ?? "60001";
builder.Services.AddDaprClient(b => b
    .UseHttpEndpoint($"http://localhost:{daprHttpPort}")
    .UseGrpcEndpoint($"http://localhost:{daprGrpcPort}"));

builder.Services.AddSingleton<VehicleRegistrationService>();

builder.Services.AddControllers().AddDapr();
builder.Services.AddHealthChecks();

builder.WebHost.UseUrls("http://*:6001");

var app = builder.Build();

app.UseCloudEvents();
app.MapSubscribeHandler();
app.MapHealthChecks("/healthz");
app.MapControllers();

app.Run();
