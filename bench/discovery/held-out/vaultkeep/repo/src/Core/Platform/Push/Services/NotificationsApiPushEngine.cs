using Microsoft.Extensions.Logging;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Platform.Push;

/// <summary>
/// Sends push notifications to the self-hosted Notifications service (SignalR hub) over HTTP.
/// </summary>
public class NotificationsApiPushEngine : BaseIdentityClientService, IPushEngine
{
    public NotificationsApiPushEngine(
        IHttpClientFactory httpFactory,
        GlobalSettings globalSettings,
        ILogger<NotificationsApiPushEngine> logger)
        : base(
            httpFactory,
            globalSettings.BaseServiceUri.InternalNotifications,
            globalSettings.BaseServiceUri.InternalIdentity,
            "internal",
            $"internal.{globalSettings.ProjectName}",
            globalSettings.InternalIdentityKey,
            logger)
    {
    }

    public async Task PushAsync(PushNotification pushNotification)
    {
        await SendAsync(HttpMethod.Post, "send", pushNotification);
    }
}

public class MultiServicePushNotificationService : IPushNotificationService
{
    private readonly IEnumerable<IPushEngine> _engines;
    private readonly ILogger<MultiServicePushNotificationService> _logger;

    public MultiServicePushNotificationService(IEnumerable<IPushEngine> engines,
        ILogger<MultiServicePushNotificationService> logger)
    {
        _engines = engines;
        _logger = logger;
        _logger.LogInformation("Hub services: {Services}", string.Join(", ", _engines.Select(e => e.GetType().Name)));
    }

    public Task PushSyncCipherUpdateAsync(Guid userId, Guid cipherId, DateTime revisionDate) =>
        PushToAllAsync(new PushNotification { Type = PushType.SyncCipherUpdate, UserId = userId.ToString(),
            Payload = new { Id = cipherId, UserId = userId, RevisionDate = revisionDate } });

    public Task PushSyncVaultAsync(Guid userId) =>
        PushToAllAsync(new PushNotification { Type = PushType.SyncVault, UserId = userId.ToString() });

    public Task PushLogOutAsync(Guid userId) =>
        PushToAllAsync(new PushNotification { Type = PushType.LogOut, UserId = userId.ToString() });

    private async Task PushToAllAsync(PushNotification notification)
    {
        foreach (var engine in _engines)
        {
            await engine.PushAsync(notification);
        }
    }
}
