var builder = WebApplication.CreateBuilder(args);

// The list of endpoints to poll comes from the HealthChecksUI section
// (overridden per environment through HealthChecksUI__HealthChecks__N__Uri variables).
builder.Services.AddHealthChecksUI().AddInMemoryStorage();

var app = builder.Build();

app.MapHealthChecksUI(options => options.UIPath = "/");
app.MapGet("/liveness", () => Results.Ok("alive"));

app.Run();
