using BlueHeron.Models;
using Dapr;
using Dapr.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlueHeron.ReceiptGenerationService.Controllers;

[ApiController]
public class ReceiptGenerationController : ControllerBase
{
    private readonly DaprClient _dapr;
    private readonly ReceiptFormatter _formatter;
    private readonly ReceiptOptions _options;
    private readonly IConfiguration _config;
    private readonly ILogger<ReceiptGenerationController> _logger;

    public ReceiptGenerationController(DaprClient dapr, ReceiptFormatter formatter, IOptions<ReceiptOptions> options,
        IConfiguration config, ILogger<ReceiptGenerationController> logger)
    {
        _dapr = dapr;
        _formatter = formatter;
        _options = options.Value;
        _config = config;
        _logger = logger;
    }

    [Topic("heron.pubsub", "orders")]
    [HttpPost("orders")]
    public async Task<IActionResult> GenerateReceipt(OrderSummary order, CancellationToken ct)
    {
        var metadata = new Dictionary<string, string>
        {
            ["blobName"] = _formatter.FileName(order),   // azure blob storage binding
            ["fileName"] = _formatter.FileName(order),   // localstorage binding (dapr run)
            ["contentType"] = "application/json"
        };

        var receipt = new
        {
            order,
            text = _formatter.ToText(order),
            currency = _options.Currency,
            generatedAt = DateTime.UtcNow
        };

        await _dapr.InvokeBindingAsync(_options.BindingName, "create", receipt, metadata, ct);

        if (_config.GetValue<bool>("Features:GenerateReceiptPdf"))
        {
            // PDF rendering is not implemented yet; flag stays off in every environment.
            _logger.LogDebug("PDF receipts requested but not available");
        }

        _logger.LogInformation("Receipt stored for order {OrderId}", order.OrderId);
        return Ok();
    }
}
