using BlueHeron.Models;
using Dapr;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;

namespace BlueHeron.LoyaltyService.Controllers;

public class LoyaltySummary
{
    public string LoyaltyId { get; set; } = string.Empty;
    public string FirstName { get; set; } = string.Empty;
    public string LastName { get; set; } = string.Empty;
    public int PointTotal { get; set; }
    public int PointsEarned { get; set; }
    public DateTime LastVisit { get; set; }
}

[ApiController]
public class LoyaltyController : ControllerBase
{
    private const string LoyaltyStateStore = "heron.state.loyalty";
    // 1 point per whole dollar, double points before 9am local store time
    private const int EarlyBirdHour = 9;

    private readonly DaprClient _dapr;
    private readonly ILogger<LoyaltyController> _logger;

    public LoyaltyController(DaprClient dapr, ILogger<LoyaltyController> logger)
    {
        _dapr = dapr;
        _logger = logger;
    }

    [Topic("heron.pubsub", "orders")]
    [HttpPost("orders")]
    public async Task<IActionResult> UpdateLoyalty(OrderSummary order, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(order.LoyaltyId))
        {
            return Ok(); // walk-in customer, nothing to do
        }

        var points = (int)Math.Floor(order.OrderTotal);
        if (order.OrderDate.Hour < EarlyBirdHour) points *= 2;

        var state = await _dapr.GetStateEntryAsync<LoyaltySummary>(LoyaltyStateStore, order.LoyaltyId, cancellationToken: ct);
        state.Value ??= new LoyaltySummary
        {
            LoyaltyId = order.LoyaltyId,
            FirstName = order.FirstName,
            LastName = order.LastName
        };

        state.Value.PointsEarned = points;
        state.Value.PointTotal += points;
        state.Value.LastVisit = order.OrderDate;

        var ok = await state.TrySaveAsync(cancellationToken: ct);
        if (!ok)
        {
            // let Dapr redeliver the message
            _logger.LogWarning("ETag mismatch updating loyalty {LoyaltyId}; retrying", order.LoyaltyId);
            return StatusCode(StatusCodes.Status409Conflict);
        }

        _logger.LogInformation("Loyalty {LoyaltyId}: +{Points} => {Total}", order.LoyaltyId, points, state.Value.PointTotal);
        return Ok(state.Value);
    }

    [HttpGet("loyalty/{loyaltyId}")]
    public async Task<ActionResult<LoyaltySummary>> Get(string loyaltyId, CancellationToken ct)
    {
        var summary = await _dapr.GetStateAsync<LoyaltySummary>(LoyaltyStateStore, loyaltyId, cancellationToken: ct);
        return summary is null ? NotFound() : summary;
    }
}
