using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Kestrel.Skyparcel.Workflow
{
    /// <summary>Writes /app/healthz so the exec liveness/readiness probes in the chart can check it.</summary>
    public class ReadinessFileWriter : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await File.WriteAllTextAsync("/app/healthz", System.DateTime.UtcNow.ToString("o"), stoppingToken);
                await Task.Delay(10_000, stoppingToken);
            }
        }
    }
}
