using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Tidemart.PaymentService.PayPal;
using Volo.Abp;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Entities.Auditing;
using Volo.Abp.Domain.Repositories;
using Volo.Abp.EventBus;
using Volo.Abp.EventBus.Distributed;

namespace Tidemart.PaymentService.PaymentRequests;

public enum PaymentRequestState
{
    Waiting = 0,
    Completed = 1,
    Failed = 2
}

public class PaymentRequest : CreationAuditedAggregateRoot<Guid>
{
    public Guid OrderId { get; set; }
    public string OrderNo { get; set; } = default!;
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public PaymentRequestState State { get; set; }
    public string? PayPalOrderId { get; set; }
    public string? FailReason { get; set; }

    protected PaymentRequest() { }

    public PaymentRequest(Guid id, Guid orderId, string orderNo, decimal amount) : base(id)
    {
        OrderId = orderId;
        OrderNo = orderNo;
        Amount = amount;
        State = PaymentRequestState.Waiting;
    }
}

[EventName("Tidemart.Payment.Completed")]
public class PaymentCompletedEto
{
    public Guid PaymentRequestId { get; set; }
    public Guid OrderId { get; set; }
    public string PaymentMethod { get; set; } = default!;
    public decimal Amount { get; set; }
}

[EventName("Tidemart.Payment.Failed")]
public class PaymentFailedEto
{
    public Guid PaymentRequestId { get; set; }
    public Guid OrderId { get; set; }
    public string? Reason { get; set; }
}

public class PaymentRequestCreateDto
{
    public Guid OrderId { get; set; }
    public string OrderNo { get; set; } = default!;
    public decimal Amount { get; set; }
}

public class PaymentRequestDto : EntityDto<Guid>
{
    public Guid OrderId { get; set; }
    public decimal Amount { get; set; }
    public string State { get; set; } = default!;
}

public class PaymentStartResultDto
{
    public string CheckoutLink { get; set; } = default!;
}

public class PaymentCompleteInput
{
    public string Token { get; set; } = default!;
}

[Authorize]
public class PaymentRequestAppService : ApplicationService
{
    private readonly IRepository<PaymentRequest, Guid> _paymentRequestRepository;
    private readonly PayPalOrderService _payPalOrderService;
    private readonly IDistributedEventBus _distributedEventBus;

    public PaymentRequestAppService(
        IRepository<PaymentRequest, Guid> paymentRequestRepository,
        PayPalOrderService payPalOrderService,
        IDistributedEventBus distributedEventBus)
    {
        _paymentRequestRepository = paymentRequestRepository;
        _payPalOrderService = payPalOrderService;
        _distributedEventBus = distributedEventBus;
    }

    public async Task<PaymentRequestDto> CreateAsync(PaymentRequestCreateDto input)
    {
        var paymentRequest = await _paymentRequestRepository.InsertAsync(
            new PaymentRequest(GuidGenerator.Create(), input.OrderId, input.OrderNo, input.Amount));

        return MapToDto(paymentRequest);
    }

    public async Task<PaymentStartResultDto> StartAsync(Guid paymentRequestId)
    {
        var paymentRequest = await _paymentRequestRepository.GetAsync(paymentRequestId);
        if (paymentRequest.State != PaymentRequestState.Waiting)
        {
            throw new UserFriendlyException("This payment request is already processed.");
        }

        var checkout = await _payPalOrderService.CreateOrderAsync(
            paymentRequest.Id.ToString(), paymentRequest.Amount, $"Tidemart order {paymentRequest.OrderNo}");

        paymentRequest.PayPalOrderId = checkout.PayPalOrderId;
        await _paymentRequestRepository.UpdateAsync(paymentRequest);

        return new PaymentStartResultDto { CheckoutLink = checkout.ApproveLink };
    }

    public async Task<PaymentRequestDto> CompleteAsync(PaymentCompleteInput input)
    {
        var paymentRequest = await _paymentRequestRepository.GetAsync(p => p.PayPalOrderId == input.Token);

        var captured = await _payPalOrderService.CaptureOrderAsync(input.Token);

        if (captured)
        {
            paymentRequest.State = PaymentRequestState.Completed;
            await _distributedEventBus.PublishAsync(new PaymentCompletedEto
            {
                PaymentRequestId = paymentRequest.Id,
                OrderId = paymentRequest.OrderId,
                PaymentMethod = "paypal",
                Amount = paymentRequest.Amount
            });
        }
        else
        {
            paymentRequest.State = PaymentRequestState.Failed;
            paymentRequest.FailReason = "PayPal capture was not completed";
            await _distributedEventBus.PublishAsync(new PaymentFailedEto
            {
                PaymentRequestId = paymentRequest.Id,
                OrderId = paymentRequest.OrderId,
                Reason = paymentRequest.FailReason
            });
        }

        await _paymentRequestRepository.UpdateAsync(paymentRequest);
        return MapToDto(paymentRequest);
    }

    private static PaymentRequestDto MapToDto(PaymentRequest paymentRequest)
    {
        return new PaymentRequestDto
        {
            Id = paymentRequest.Id,
            OrderId = paymentRequest.OrderId,
            Amount = paymentRequest.Amount,
            State = paymentRequest.State.ToString()
        };
    }
}
