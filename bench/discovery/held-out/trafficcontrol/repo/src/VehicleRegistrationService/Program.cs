using Northgate.GantryWatch.VehicleRegistrationService.Repositories;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton<IVehicleInfoRepository, InMemoryVehicleInfoRepository>();
builder.Services.AddControllers();
builder.Services.AddHealthChecks();

builder.WebHost.UseUrls("http://*:6002");

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapControllers();

app.Run();
