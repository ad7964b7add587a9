using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Vaultkeep.Core;
using Vaultkeep.Core.Models.Data;
using Vaultkeep.Core.Repositories;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.EventsProcessor;

public class AzureQueueHostedService : IHostedService, IDisposable
{
    private readonly ILogger<AzureQueueHostedService> _logger;
    private readonly IConfiguration _configuration;
    private readonly IEventRepository _eventRepository;

    private Task _executingTask;
    private CancellationTokenSource _cts;
    private QueueClient _queueClient;
    private IEventWriteService _eventWriteService;

    public AzureQueueHostedService(ILogger<AzureQueueHostedService> logger, IConfiguration configuration,
        IEventRepository eventRepository)
    {
        _logger = logger;
        _configuration = configuration;
        _eventRepository = eventRepository;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation(Constants.BypassFiltersEventId, "Starting service.");
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _executingTask = ExecuteAsync(_cts.Token);
        return _executingTask.IsCompleted ? _executingTask : Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_executingTask == null)
        {
            return;
        }
        _cts.Cancel();
        await Task.WhenAny(_executingTask, Task.Delay(-1, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() { }

    private async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var storageConnectionString = _configuration["azureStorageConnectionString"];
        if (string.IsNullOrWhiteSpace(storageConnectionString))
        {
            return;
        }

        _eventWriteService = new RepositoryEventWriteService(_eventRepository);
        _queueClient = new QueueClient(storageConnectionString, Constants.DefaultQueueName);

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var messages = await _queueClient.ReceiveMessagesAsync(32);
                if (messages.Value?.Any() ?? false)
                {
                    foreach (var message in messages.Value)
                    {
                        await ProcessQueueMessageAsync(message.DecodeMessageText(), cancellationToken);
                        await _queueClient.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    }
                }
                else
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
                }
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Exception occurred: " + e.Message);
                await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            }
        }
    }

    public async Task ProcessQueueMessageAsync(string message, CancellationToken cancellationToken)
    {
        if (_eventWriteService == null || message == null || message.Length == 0)
        {
            return;
        }

        using var jsonDocument = JsonDocument.Parse(message);
        var root = jsonDocument.RootElement;
        if (root.ValueKind == JsonValueKind.Array)
        {
            var indexedEntities = root.Deserialize<List<EventMessage>>()
                .Select(e => new Event(e)).ToList();
            await _eventWriteService.CreateManyAsync(indexedEntities);
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            var eventMessage = root.Deserialize<EventMessage>();
            await _eventWriteService.CreateAsync(new Event(eventMessage));
        }
    }
}
