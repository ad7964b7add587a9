using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vaultkeep.Core.Models.Api;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Platform.Push;

/// <summary>
/// Relays mobile push notifications from a self-hosted installation to the Vaultkeep cloud
/// push relay (push.vaultkeep.com), authenticating as the installation against the cloud identity.
/// </summary>
public class RelayPushEngine : BaseIdentityClientService, IPushEngine
{
    private readonly IHttpContextAccessor _httpContextAccessor;

    public RelayPushEngine(
        IHttpClientFactory httpFactory,
        GlobalSettings globalSettings,
        IHttpContextAccessor httpContextAccessor,
        ILogger<RelayPushEngine> logger)
        : base(
            httpFactory,
            globalSettings.PushRelayBaseUri,
            globalSettings.Installation.IdentityUri,
            "api.push",
            $"installation.{globalSettings.Installation.Id}",
            globalSettings.Installation.Key,
            logger)
    {
        _httpContextAccessor = httpContextAccessor;
    }

    public async Task PushAsync(PushNotification pushNotification)
    {
        var request = new PushSendRequestModel
        {
            UserId = pushNotification.UserId,
            OrganizationId = pushNotification.OrganizationId,
            Type = pushNotification.Type,
            Payload = pushNotification.Payload,
            Identifier = _httpContextAccessor?.HttpContext?.Request?.Headers["Device-Identifier"].ToString(),
        };
        await SendAsync(HttpMethod.Post, "push/send", request);
    }
}
