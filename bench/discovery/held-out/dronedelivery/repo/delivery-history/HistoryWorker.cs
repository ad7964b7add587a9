using System.Text.Json;
using Azure.Messaging.EventHubs;
using Azure.Messaging.EventHubs.Processor;

namespace Kestrel.Skyparcel.DeliveryHistory
{
    /// <summary>Reads delivery status events that the delivery service publishes to Event Hubs.</summary>
    public class HistoryWorker : BackgroundService
    {
        private readonly EventProcessorClient _processor;
        private readonly IHistoryStore _store;
        private readonly ILogger<HistoryWorker> _logger;

        public HistoryWorker(EventProcessorClient processor, IHistoryStore store, ILogger<HistoryWorker> logger)
        {
            _processor = processor;
            _store = store;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            _processor.ProcessEventAsync += OnEventAsync;
            _processor.ProcessErrorAsync += args =>
            {
                _logger.LogError(args.Exception, "Event processor error in {Operation}", args.Operation);
                return Task.CompletedTask;
            };
            await _processor.StartProcessingAsync(stoppingToken);
            try { await Task.Delay(Timeout.Infinite, stoppingToken); }
            catch (TaskCanceledException) { }
            await _processor.StopProcessingAsync();
        }

        private async Task OnEventAsync(ProcessEventArgs args)
        {
            if (!args.HasEvent) return;
            var record = JsonSerializer.Deserialize<DeliveryHistoryRecord>(args.Data.EventBody.ToArray());
            if (record != null)
            {
                await _store.AppendAsync(record);
            }
            await args.UpdateCheckpointAsync(args.CancellationToken);
        }
    }
}
