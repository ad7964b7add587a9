using BlueHeron.VirtualWorker;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers().AddDapr();
builder.Services.Configure<WorkerOptions>(builder.Configuration.GetSection("Worker"));
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapControllers();
app.MapHealthChecks("/healthz");
app.MapGet("/probes/ready", () => Results.Ok("ready"));

app.Run();

namespace BlueHeron.VirtualWorker
{
    public class WorkerOptions
    {
        public string StoreId { get; set; } = "Heron-Harbor";
        public int MinSecondsToComplete { get; set; } = 2;
        public int MaxSecondsToComplete { get; set; } = 8;
        public int MaxOrdersPerTick { get; set; } = 4;
    }
}
