using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Messaging.ServiceBus;
using Kestrel.Skyparcel.Workflow.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kestrel.Skyparcel.Workflow
{
    /// <summary>Consumes delivery requests that ingestion puts on the Service Bus queue.</summary>
    public class DispatchRequestProcessor : BackgroundService
    {
        private readonly ServiceBusProcessor _processor;
        private readonly RequestProcessor _requestProcessor;
        private readonly ILogger<DispatchRequestProcessor> _logger;

        public DispatchRequestProcessor(ServiceBusClient client, IOptions<QueueOptions> options,
            RequestProcessor requestProcessor, ILogger<DispatchRequestProcessor> logger)
        {
            _processor = client.CreateProcessor(options.Value.QueueName, new ServiceBusProcessorOptions
            {
                AutoCompleteMessages = false,
                MaxConcurrentCalls = options.Value.MaxConcurrentCalls
            });
            _requestProcessor = requestProcessor;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _processor.ProcessMessageAsync += OnMessageAsync;
            _processor.ProcessErrorAsync += args =>
            {
                _logger.LogError(args.Exception, "Service Bus error on {EntityPath}", args.EntityPath);
                return Task.CompletedTask;
            };
            await _processor.StartProcessingAsync(stoppingToken);
            try { await Task.Delay(Timeout.Infinite, stoppingToken); }
            catch (TaskCanceledException) { }
            await _processor.StopProcessingAsync();
        }

        private async Task OnMessageAsync(ProcessMessageEventArgs args)
        {
            var request = JsonSerializer.Deserialize<Delivery>(args.Message.Body.ToString(),
                new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
            if (request == null)
            {
                await args.DeadLetterMessageAsync(args.Message, "UnreadableBody");
                return;
            }

            if (await _requestProcessor.ProcessDeliveryRequestAsync(request, args.Message.ApplicationProperties))
                await args.CompleteMessageAsync(args.Message);
            else
                await args.AbandonMessageAsync(args.Message);
        }
    }
}
