using BlueHeron.ReceiptGenerationService;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers().AddDapr();
builder.Services.Configure<ReceiptOptions>(builder.Configuration.GetSection("Receipts"));
builder.Services.AddSingleton<ReceiptFormatter>();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseCloudEvents();
app.MapSubscribeHandler();
app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/probes/ready", () => Results.Ok("ready"));

app.Run();
