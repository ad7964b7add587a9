namespace Vaultkeep.Core;

public static class Constants
{
    public const int BypassFiltersEventId = 12482444;
    public const string IdentityServerAuthority = "identity";
    public const string DefaultQueueName = "event";
    public const string NotificationsQueueName = "notifications";
    public const string AttachmentsContainerName = "attachments";
}

public static class FeatureFlagKeys
{
    /// <summary>Route mail through SendGrid instead of SMTP/SES when an API key is configured.</summary>
    public const string UseSendGrid = "mail-use-sendgrid";
    /// <summary>Publish organization events to Azure Service Bus for Slack/webhook integrations.</summary>
    public const string EventBasedOrganizationIntegrations = "event-based-organization-integrations";
    public const string DeviceApprovalRequestAdminNotifications = "pm-5098-device-approval-notifications";
    public const string PushSyncOrgKeysOnRevokeRestore = "pm-17168-push-sync-org-keys";

    public static List<string> GetAllKeys() => new()
    {
        UseSendGrid,
        EventBasedOrganizationIntegrations,
        DeviceApprovalRequestAdminNotifications,
        PushSyncOrgKeysOnRevokeRestore,
    };
}
