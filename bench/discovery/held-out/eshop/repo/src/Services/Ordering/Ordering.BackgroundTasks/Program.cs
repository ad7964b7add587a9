using Northwind.BuildingBlocks.EventBusRabbitMQ;
using Northwind.Services.Ordering.BackgroundTasks;
using Northwind.Services.Ordering.BackgroundTasks.Services;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.Configure<BackgroundTaskSettings>(builder.Configuration);
builder.Services.AddEventBus(builder.Configuration);
builder.Services.AddHostedService<GracePeriodManagerService>();

var host = builder.Build();
host.Run();

namespace Northwind.Services.Ordering.BackgroundTasks
{
    public class BackgroundTaskSettings
    {
        public string ConnectionString { get; set; }
        public int GracePeriodTime { get; set; }
        public int CheckUpdateTime { get; set; }
    }
}
