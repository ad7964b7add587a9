using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Stripe;
using Vaultkeep.Billing.Services;

namespace Vaultkeep.Billing.Controllers;

[Route("stripe")]
public class StripeController : Controller
{
    private readonly BillingSettings _billingSettings;
    private readonly IStripeEventService _stripeEventService;
    private readonly ILogger<StripeController> _logger;

    public StripeController(IOptions<BillingSettings> billingSettings, IStripeEventService stripeEventService,
        ILogger<StripeController> logger)
    {
        _billingSettings = billingSettings?.Value;
        _stripeEventService = stripeEventService;
        _logger = logger;
    }

    [HttpPost("webhook")]
    public async Task<IActionResult> PostWebhook([FromQuery] string key)
    {
        if (!CoreHelpers.FixedTimeEquals(key, _billingSettings.StripeWebhookKey))
        {
            return new BadRequestResult();
        }

        using var sr = new StreamReader(HttpContext.Request.Body);
        var json = await sr.ReadToEndAsync();
        var parsedEvent = EventUtility.ConstructEvent(json, Request.Headers["Stripe-Signature"],
            _billingSettings.StripeWebhookSecret20231016, throwOnApiVersionMismatch: false);

        if (string.IsNullOrWhiteSpace(parsedEvent?.Id))
        {
            _logger.LogWarning("No event id.");
            return new BadRequestResult();
        }

        // Re-fetches the subscription / invoice from the Stripe API before applying changes.
        await _stripeEventService.ProcessEventAsync(parsedEvent);
        return new OkResult();
    }
}
