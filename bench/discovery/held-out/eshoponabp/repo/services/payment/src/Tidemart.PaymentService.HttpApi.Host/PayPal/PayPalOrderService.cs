using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PayPalCheckoutSdk.Core;
using PayPalCheckoutSdk.Orders;
using Volo.Abp;
using Volo.Abp.DependencyInjection;

namespace Tidemart.PaymentService.PayPal;

public class PayPalOptions
{
    public string ClientId { get; set; } = default!;
    public string ClientSecret { get; set; } = default!;
    /// <summary>"Sandbox" or "Live"</summary>
    public string Environment { get; set; } = "Sandbox";
    public string ReturnUrl { get; set; } = default!;
    public string CancelUrl { get; set; } = default!;
    public string CurrencyCode { get; set; } = "USD";
}

public class PayPalCheckoutResult
{
    public string PayPalOrderId { get; set; } = default!;
    public string ApproveLink { get; set; } = default!;
}

/// <summary>
/// Thin wrapper over the PayPal Checkout SDK (Orders v2 API). Sandbox calls go to
/// api-m.sandbox.paypal.com, live calls to api-m.paypal.com.
/// </summary>
public class PayPalOrderService : ITransientDependency
{
    private readonly PayPalOptions _options;
    private readonly ILogger<PayPalOrderService> _logger;

    public PayPalOrderService(IOptions<PayPalOptions> options, ILogger<PayPalOrderService> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    protected virtual PayPalHttpClient CreateClient()
    {
        PayPalEnvironment environment = _options.Environment == "Live"
            ? new LiveEnvironment(_options.ClientId, _options.ClientSecret)
            : new SandboxEnvironment(_options.ClientId, _options.ClientSecret);

        return new PayPalHttpClient(environment);
    }

    public virtual async Task<PayPalCheckoutResult> CreateOrderAsync(string referenceId, decimal amount, string description)
    {
        var request = new OrdersCreateRequest();
        request.Prefer("return=representation");
        request.RequestBody(new OrderRequest
        {
            CheckoutPaymentIntent = "CAPTURE",
            ApplicationContext = new ApplicationContext
            {
                BrandName = "Tidemart",
                ReturnUrl = _options.ReturnUrl,
                CancelUrl = _options.CancelUrl,
                UserAction = "PAY_NOW"
            },
            PurchaseUnits = new List<PurchaseUnitRequest>
            {
                new PurchaseUnitRequest
                {
                    ReferenceId = referenceId,
                    Description = description,
                    AmountWithBreakdown = new AmountWithBreakdown
                    {
                        CurrencyCode = _options.CurrencyCode,
                        Value = amount.ToString("0.00", CultureInfo.InvariantCulture)
                    }
                }
            }
        });

        var response = await CreateClient().Execute(request);
        var order = response.Result<Order>();

        var approveLink = order.Links.Find(l => l.Rel == "approve")?.Href
            ?? throw new UserFriendlyException("PayPal did not return an approval link.");

        _logger.LogInformation("Created PayPal order {PayPalOrderId} for {ReferenceId}", order.Id, referenceId);

        return new PayPalCheckoutResult { PayPalOrderId = order.Id, ApproveLink = approveLink };
    }

    public virtual async Task<bool> CaptureOrderAsync(string payPalOrderId)
    {
        var request = new OrdersCaptureRequest(payPalOrderId);
        request.RequestBody(new OrderActionRequest());

        var response = await CreateClient().Execute(request);
        var order = response.Result<Order>();

        _logger.LogInformation("PayPal order {PayPalOrderId} capture status: {Status}", payPalOrderId, order.Status);
        return order.Status == "COMPLETED";
    }

    // Card payments through Stripe were prototyped in 2.1 and dropped before release.
    // public virtual async Task<string> CreateStripeIntentAsync(decimal amount)
    // {
    //     StripeConfiguration.ApiKey = _options.StripeSecretKey;
    //     var service = new Stripe.PaymentIntentService();
    //     var intent = await service.CreateAsync(new Stripe.PaymentIntentCreateOptions
    //     {
    //         Amount = (long)(amount * 100),
    //         Currency = "usd"
    //     });
    //     return intent.ClientSecret;
    // }
}
