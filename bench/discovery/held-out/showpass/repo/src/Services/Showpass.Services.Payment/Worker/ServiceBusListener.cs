using Showpass.Integration.MessagingBus;
using System.Text;
using Azure.Messaging.ServiceBus;
using Newtonsoft.Json;
using Showpass.Services.Payment.Services;

namespace Showpass.Services.Payment.Worker;

public class ServiceBusListener : IHostedService, IAsyncDisposable
{
    private readonly ILogger<ServiceBusListener> _logger;
    private readonly IExternalGatewayPaymentService _paymentService;
    private readonly IMessageBus _messageBus;
    private readonly string _orderPaymentUpdatedMessageTopic;
    private readonly ServiceBusClient _client;
    private readonly ServiceBusProcessor _processor;

    public ServiceBusListener(IConfiguration configuration, ILogger<ServiceBusListener> logger,
        IExternalGatewayPaymentService paymentService, IMessageBus messageBus)
    {
        _logger = logger;
        _paymentService = paymentService;
        _messageBus = messageBus;
        _orderPaymentUpdatedMessageTopic = configuration["Messaging:OrderPaymentUpdatedMessageTopic"]!;

        _client = new ServiceBusClient(configuration["ServiceBusConnectionString"]);
        _processor = _client.CreateProcessor(
            configuration["Messaging:OrderPaymentRequestMessageTopic"],
            configuration["Messaging:SubscriptionName"],
            new ServiceBusProcessorOptions { MaxConcurrentCalls = 1, AutoCompleteMessages = false });
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _processor.ProcessMessageAsync += ProcessMessageAsync;
        _processor.ProcessErrorAsync += args =>
        {
            _logger.LogError(args.Exception, "Service Bus error on {EntityPath}", args.EntityPath);
            return Task.CompletedTask;
        };
        await _processor.StartProcessingAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _processor.StopProcessingAsync(cancellationToken);

    private async Task ProcessMessageAsync(ProcessMessageEventArgs args)
    {
        var body = Encoding.UTF8.GetString(args.Message.Body);
        var request = JsonConvert.DeserializeObject<OrderPaymentRequestMessage>(body)!;

        var paymentInfo = new PaymentInfo
        {
            CardNumber = request.CardNumber,
            CardName = request.CardName,
            CardExpiration = request.CardExpiration,
            Total = request.Total
        };

        var result = await _paymentService.PerformPayment(paymentInfo);

        await args.CompleteMessageAsync(args.Message);

        var update = new OrderPaymentUpdateMessage { OrderId = request.OrderId, PaymentSuccess = result };
        try
        {
            await _messageBus.PublishMessage(update, _orderPaymentUpdatedMessageTopic);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Could not publish payment update for {OrderId}", request.OrderId);
            throw;
        }

        _logger.LogDebug("Payment for {OrderId}: {Result}", request.OrderId, result);
    }

    public async ValueTask DisposeAsync()
    {
        await _processor.DisposeAsync();
        await _client.DisposeAsync();
    }
}

public class OrderPaymentRequestMessage : IntegrationBaseMessage
{
    public Guid OrderId { get; set; }
    public int Total { get; set; }
    public string CardNumber { get; set; } = string.Empty;
    public string CardName { get; set; } = string.Empty;
    public string CardExpiration { get; set; } = string.Empty;
}

public class OrderPaymentUpdateMessage : IntegrationBaseMessage
{
    public Guid OrderId { get; set; }
    public bool PaymentSuccess { get; set; }
}
