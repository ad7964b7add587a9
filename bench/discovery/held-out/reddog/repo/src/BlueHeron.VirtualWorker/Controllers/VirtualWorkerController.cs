using BlueHeron.Models;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlueHeron.VirtualWorker.Controllers;

/// <summary>
/// A simulated barista. The Dapr cron input binding (heron.binding.virtualworker)
/// POSTs to /heron.binding.virtualworker on a schedule; each tick we fetch the
/// open orders of our store from make-line-service and complete a few of them.
/// </summary>
[ApiController]
public class VirtualWorkerController : ControllerBase
{
    private const string MakeLineAppId = "make-line-service";
    private static int _busy;

    private readonly DaprClient _dapr;
    private readonly WorkerOptions _options;
    private readonly ILogger<VirtualWorkerController> _logger;

    public VirtualWorkerController(DaprClient dapr, IOptions<WorkerOptions> options, ILogger<VirtualWorkerController> logger)
    {
        _dapr = dapr;
        _options = options.Value;
        _logger = logger;
    }

    [HttpPost("heron.binding.virtualworker")]
    public async Task<IActionResult> Tick(CancellationToken ct)
    {
        // ticks can overlap when make-line is slow; skip instead of piling up
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            return Ok();
        }

        try
        {
            var orders = await _dapr.InvokeMethodAsync<List<OrderSummary>>(
                HttpMethod.Get, MakeLineAppId, $"orders/{_options.StoreId}", ct);

            foreach (var order in orders.Take(_options.MaxOrdersPerTick))
            {
                var seconds = Random.Shared.Next(_options.MinSecondsToComplete, _options.MaxSecondsToComplete + 1);
                await Task.Delay(TimeSpan.FromSeconds(seconds), ct);

                await _dapr.InvokeMethodAsync(HttpMethod.Delete, MakeLineAppId,
                    $"orders/{_options.StoreId}/{order.OrderId}", ct);
                _logger.LogInformation("Made order {OrderId} in {Seconds}s", order.OrderId, seconds);
            }
        }
        catch (InvocationException ex)
        {
            _logger.LogWarning(ex, "make-line-service unavailable");
        }
        finally
        {
            Interlocked.Exchange(ref _busy, 0);
        }

        return Ok();
    }
}
