using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tidemart.PublicWeb.ClientProxies;
using Volo.Abp.AspNetCore.Mvc.UI.RazorPages;

namespace Tidemart.PublicWeb.Pages;

[Authorize]
public class CheckoutModel : AbpPageModel
{
    private readonly IBasketAppService _basketAppService;
    private readonly IOrderAppService _orderAppService;
    private readonly IPaymentRequestAppService _paymentRequestAppService;

    public BasketDto Basket { get; private set; } = new();

    public CheckoutModel(
        IBasketAppService basketAppService,
        IOrderAppService orderAppService,
        IPaymentRequestAppService paymentRequestAppService)
    {
        _basketAppService = basketAppService;
        _orderAppService = orderAppService;
        _paymentRequestAppService = paymentRequestAppService;
    }

    public async Task OnGetAsync()
    {
        Basket = await _basketAppService.GetAsync(null);
    }

    /// <summary>Places the order, creates a payment request and redirects the shopper to PayPal.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        Basket = await _basketAppService.GetAsync(null);
        if (!Basket.Items.Any())
        {
            return RedirectToPage("/Index");
        }

        var order = await _orderAppService.CreateAsync(new OrderCreateDto
        {
            PaymentMethod = "paypal",
            Products = Basket.Items.Select(i => new OrderItemCreateDto
            {
                ProductId = i.ProductId,
                ProductName = i.ProductName,
                UnitPrice = i.UnitPrice,
                Units = i.Count
            }).ToList()
        });

        var paymentRequest = await _paymentRequestAppService.CreateAsync(new PaymentRequestCreateDto
        {
            OrderId = order.Id,
            OrderNo = order.OrderNo,
            Amount = Convert.ToDecimal(order.Total)
        });

        var start = await _paymentRequestAppService.StartAsync(paymentRequest.Id);
        return Redirect(start.CheckoutLink);
    }

    /// <summary>PayPal redirects the browser back here (/payment/return?token=...).</summary>
    public async Task<IActionResult> OnGetReturnAsync(string token)
    {
        var result = await _paymentRequestAppService.CompleteAsync(new PaymentCompleteInput { Token = token });
        return RedirectToPage("/Orders", new { paymentState = result.State });
    }
}
