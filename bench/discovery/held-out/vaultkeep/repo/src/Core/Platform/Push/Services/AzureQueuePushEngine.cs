using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace Vaultkeep.Core.Platform.Push;

/// <summary>
/// Cloud deployments fan out notifications through the "notifications" Azure Storage queue,
/// drained by the Notifications service's AzureQueueHostedService.
/// </summary>
public class AzureQueuePushEngine : IPushEngine
{
    private readonly QueueClient _queueClient;

    public AzureQueuePushEngine([FromKeyedServices("notifications")] QueueClient queueClient)
    {
        _queueClient = queueClient;
    }

    public async Task PushAsync(PushNotification pushNotification)
    {
        var message = JsonSerializer.Serialize(pushNotification);
        await _queueClient.SendMessageAsync(message);
    }
}
