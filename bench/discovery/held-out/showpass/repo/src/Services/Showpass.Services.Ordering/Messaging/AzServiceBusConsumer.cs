using System.Text;
using Azure.Messaging.ServiceBus;
using Newtonsoft.Json;
using Showpass.Integration.MessagingBus;
using Showpass.Services.Ordering.Entities;
using Showpass.Services.Ordering.Messages;
using Showpass.Services.Ordering.Repositories;
using Showpass.Services.Ordering.Services;

namespace Showpass.Services.Ordering.Messaging;

public interface IAzServiceBusConsumer
{
    Task Start();
    Task Stop();
}

public class AzServiceBusConsumer : IAzServiceBusConsumer, IAsyncDisposable
{
    private readonly ServiceBusClient _client;
    private readonly ServiceBusProcessor _checkoutMessageProcessor;
    private readonly ServiceBusProcessor _orderPaymentUpdateProcessor;
    private readonly OrderRepository _orderRepository;
    private readonly IMessageBus _messageBus;
    private readonly IEmailSender _emailSender;
    private readonly string _orderPaymentRequestMessageTopic;
    private readonly ILogger<AzServiceBusConsumer> _logger;

    public AzServiceBusConsumer(IConfiguration configuration, IMessageBus messageBus, OrderRepository orderRepository,
        IEmailSender emailSender, ILogger<AzServiceBusConsumer> logger)
    {
        _orderRepository = orderRepository;
        _messageBus = messageBus;
        _emailSender = emailSender;
        _logger = logger;

        var serviceBusConnectionString = configuration["ServiceBusConnectionString"];
        var subscriptionName = configuration["Messaging:SubscriptionName"];
        var checkoutMessageTopic = configuration["Messaging:CheckoutMessageTopic"];
        var orderPaymentUpdatedMessageTopic = configuration["Messaging:OrderPaymentUpdatedMessageTopic"];
        _orderPaymentRequestMessageTopic = configuration["Messaging:OrderPaymentRequestMessageTopic"]!;

        _client = new ServiceBusClient(serviceBusConnectionString);
        _checkoutMessageProcessor = _client.CreateProcessor(checkoutMessageTopic, subscriptionName);
        _orderPaymentUpdateProcessor = _client.CreateProcessor(orderPaymentUpdatedMessageTopic, subscriptionName);
    }

    public async Task Start()
    {
        _checkoutMessageProcessor.ProcessMessageAsync += OnCheckoutMessageReceived;
        _checkoutMessageProcessor.ProcessErrorAsync += OnServiceBusException;
        await _checkoutMessageProcessor.StartProcessingAsync();

        _orderPaymentUpdateProcessor.ProcessMessageAsync += OnOrderPaymentUpdateReceived;
        _orderPaymentUpdateProcessor.ProcessErrorAsync += OnServiceBusException;
        await _orderPaymentUpdateProcessor.StartProcessingAsync();
    }

    public async Task Stop()
    {
        await _checkoutMessageProcessor.StopProcessingAsync();
        await _orderPaymentUpdateProcessor.StopProcessingAsync();
    }

    private async Task OnCheckoutMessageReceived(ProcessMessageEventArgs args)
    {
        var body = Encoding.UTF8.GetString(args.Message.Body);
        var basketCheckoutMessage = JsonConvert.DeserializeObject<BasketCheckoutMessage>(body)!;

        var orderId = Guid.NewGuid();
        var order = new Order
        {
            Id = orderId,
            UserId = basketCheckoutMessage.UserId,
            Email = basketCheckoutMessage.Email,
            OrderTotal = basketCheckoutMessage.BasketTotal,
            OrderPlaced = DateTime.UtcNow,
            OrderPaid = false,
            OrderLines = basketCheckoutMessage.BasketLines.Select(l => new OrderLine
            {
                OrderLineId = Guid.NewGuid(), OrderId = orderId, EventId = l.EventId, Price = l.Price, TicketAmount = l.TicketAmount
            }).ToList()
        };

        await _orderRepository.AddOrder(order);

        var orderPaymentRequestMessage = new OrderPaymentRequestMessage
        {
            OrderId = orderId,
            Total = basketCheckoutMessage.BasketTotal,
            CardNumber = basketCheckoutMessage.CardNumber,
            CardName = basketCheckoutMessage.CardName,
            CardExpiration = basketCheckoutMessage.CardExpiration
        };

        try
        {
            await _messageBus.PublishMessage(orderPaymentRequestMessage, _orderPaymentRequestMessageTopic);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Could not publish payment request for order {OrderId}", orderId);
            throw;
        }

        await args.CompleteMessageAsync(args.Message);
        await _emailSender.SendOrderConfirmation(order.Email, orderId, order.OrderTotal);
    }

    private async Task OnOrderPaymentUpdateReceived(ProcessMessageEventArgs args)
    {
        var body = Encoding.UTF8.GetString(args.Message.Body);
        var update = JsonConvert.DeserializeObject<OrderPaymentUpdateMessage>(body)!;

        await _orderRepository.UpdateOrderPaymentStatus(update.OrderId, update.PaymentSuccess);
        await args.CompleteMessageAsync(args.Message);
    }

    private Task OnServiceBusException(ProcessErrorEventArgs args)
    {
        _logger.LogError(args.Exception, "Service Bus error on {EntityPath}", args.EntityPath);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _checkoutMessageProcessor.DisposeAsync();
        await _orderPaymentUpdateProcessor.DisposeAsync();
        await _client.DisposeAsync();
    }
}

public class AzServiceBusConsumerHostedService : IHostedService
{
    private readonly IAzServiceBusConsumer _consumer;

    public AzServiceBusConsumerHostedService(IAzServiceBusConsumer consumer) => _consumer = consumer;

    public Task StartAsync(CancellationToken cancellationToken) => _consumer.Start();

    public Task StopAsync(CancellationToken cancellationToken) => _consumer.Stop();
}
