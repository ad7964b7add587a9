using BlueHeron.MakeLineService.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers().AddDapr();
builder.Services.AddScoped<MakeLineStore>();
builder.Services.AddHealthChecks();

var app = builder.Build();

// Dapr pub/sub: unwrap CloudEvents and expose /dapr/subscribe
app.UseCloudEvents();
app.UseCors(p => p.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod());
app.MapSubscribeHandler();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/probes/ready", () => Results.Ok("ready"));

app.Run();
