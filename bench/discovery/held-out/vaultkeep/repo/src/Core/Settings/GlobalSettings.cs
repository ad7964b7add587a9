namespace Vaultkeep.Core.Settings;

public class GlobalSettings : IGlobalSettings
{
    private string _logDirectory;
    private string _licenseDirectory;

    public GlobalSettings()
    {
        BaseServiceUri = new BaseServiceUriSettings(this);
    }

    public bool SelfHosted { get; set; }
    public virtual string KnownProxies { get; set; }
    public virtual string SiteName { get; set; }
    public virtual string ProjectName { get; set; }
    public virtual string LogDirectory
    {
        get => BuildDirectory(_logDirectory, "/logs");
        set => _logDirectory = value;
    }
    public virtual string LicenseDirectory
    {
        get => BuildDirectory(_licenseDirectory, "/core/licenses");
        set => _licenseDirectory = value;
    }
    public string LicenseCertificatePassword { get; set; }
    public virtual string PushRelayBaseUri { get; set; }
    public virtual string InternalIdentityKey { get; set; }
    public virtual string OidcIdentityClientKey { get; set; }
    public virtual string HibpApiKey { get; set; }
    public virtual bool DisableUserRegistration { get; set; }
    public virtual Dictionary<string, bool> FeatureFlags { get; set; } = new();
    public virtual InstallationSettings Installation { get; set; } = new InstallationSettings();
    public virtual BaseServiceUriSettings BaseServiceUri { get; set; }
    public virtual SqlSettings SqlServer { get; set; } = new SqlSettings();
    public virtual SqlSettings PostgreSql { get; set; } = new SqlSettings();
    public virtual MailSettings Mail { get; set; } = new MailSettings();
    public virtual IdentityServerSettings IdentityServer { get; set; } = new IdentityServerSettings();
    public virtual DataProtectionSettings DataProtection { get; set; }
    public virtual ConnectionStringSettings Events { get; set; } = new ConnectionStringSettings();
    public virtual NotificationsSettings Notifications { get; set; } = new NotificationsSettings();
    public virtual FileStorageSettings Attachment { get; set; }
    public virtual FileStorageSettings Send { get; set; }
    public virtual ConnectionStringSettings Storage { get; set; } = new ConnectionStringSettings();
    public virtual ServiceBusSettings ServiceBus { get; set; } = new ServiceBusSettings();
    public virtual DistributedCacheSettings DistributedCache { get; set; } = new DistributedCacheSettings();
    public virtual SentrySettings Sentry { get; set; } = new SentrySettings();
    public virtual SyslogSettings Syslog { get; set; } = new SyslogSettings();
    public virtual DuoSettings Duo { get; set; } = new DuoSettings();
    public virtual YubicoSettings Yubico { get; set; } = new YubicoSettings();
    public virtual CaptchaSettings Captcha { get; set; } = new CaptchaSettings();
    public virtual AmazonSettings Amazon { get; set; } = new AmazonSettings();
    public virtual StripeSettings Stripe { get; set; } = new StripeSettings();

    public bool IsFeatureEnabled(string key) =>
        FeatureFlags != null && FeatureFlags.TryGetValue(key, out var on) && on;

    public string BuildDirectory(string explicitValue, string appendedPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue;
        }
        return SelfHosted ? $"/etc/vaultkeep{appendedPath}" : null;
    }

    public string BuildInternalUri(string explicitValue, string name)
    {
        if (!string.IsNullOrWhiteSpace(explicitValue))
        {
            return explicitValue;
        }
        return string.Format("http://{0}:5000", name);
    }

    public class BaseServiceUriSettings
    {
        private readonly GlobalSettings _globalSettings;
        private string _api, _identity, _admin, _notifications, _sso, _vault;
        private string _internalApi, _internalIdentity, _internalAdmin, _internalNotifications, _internalSso, _internalVault;

        public BaseServiceUriSettings(GlobalSettings globalSettings) => _globalSettings = globalSettings;

        public string CloudRegion { get; set; }
        public string Vault { get => _vault; set => _vault = value; }
        public string Api { get => _api; set => _api = value; }
        public string Identity { get => _identity; set => _identity = value; }
        public string Admin { get => _admin; set => _admin = value; }
        public string Notifications { get => _notifications; set => _notifications = value; }
        public string Sso { get => _sso; set => _sso = value; }

        public string InternalApi { get => _globalSettings.BuildInternalUri(_internalApi, "api"); set => _internalApi = value; }
        public string InternalIdentity { get => _globalSettings.BuildInternalUri(_internalIdentity, "identity"); set => _internalIdentity = value; }
        public string InternalAdmin { get => _globalSettings.BuildInternalUri(_internalAdmin, "admin"); set => _internalAdmin = value; }
        public string InternalNotifications { get => _globalSettings.BuildInternalUri(_internalNotifications, "notifications"); set => _internalNotifications = value; }
        public string InternalSso { get => _globalSettings.BuildInternalUri(_internalSso, "sso"); set => _internalSso = value; }
        public string InternalVault { get => _globalSettings.BuildInternalUri(_internalVault, "web"); set => _internalVault = value; }
    }

    public class SqlSettings
    {
        public string ConnectionString { get; set; }
        public string ReadOnlyConnectionString { get; set; }
        public string JobSchedulerConnectionString { get; set; }
        public bool SkipDatabasePreparation { get; set; }
    }

    public class ConnectionStringSettings
    {
        public string ConnectionString { get; set; }
    }

    public class FileStorageSettings
    {
        public string ConnectionString { get; set; }
        public string BaseDirectory { get; set; }
        public string BaseUrl { get; set; }
    }

    public class MailSettings
    {
        public string ReplyToEmail { get; set; }
        public string AmazonConfigSetName { get; set; }
        public SmtpSettings Smtp { get; set; } = new SmtpSettings();
        public string SendGridApiKey { get; set; }
        public int? SendGridPercentage { get; set; }

        public class SmtpSettings
        {
            public string Host { get; set; }
            public int Port { get; set; } = 25;
            public bool StartTls { get; set; } = false;
            public bool Ssl { get; set; } = false;
            public bool SslOverride { get; set; } = false;
            public string Username { get; set; }
            public string Password { get; set; }
            public bool TrustServer { get; set; } = false;
        }
    }

    public class IdentityServerSettings
    {
        public string CertificateThumbprint { get; set; }
        public string CertificatePassword { get; set; }
        public string RedisConnectionString { get; set; }
        public string LicenseKey { get; set; }
    }

    public class DataProtectionSettings
    {
        public string CertificateThumbprint { get; set; }
        public string CertificatePassword { get; set; }
        public string Directory { get; set; }
    }

    public class NotificationsSettings : ConnectionStringSettings
    {
        public string AzureNotificationHubConnectionString { get; set; }
        public string RedisConnectionString { get; set; }
    }

    public class ServiceBusSettings : ConnectionStringSettings
    {
        public string EventTopicName { get; set; } = "event-logging";
        public string IntegrationTopicName { get; set; } = "event-integrations";
        public string SlackSubscriptionName { get; set; } = "events-slack-subscription";
        public string WebhookSubscriptionName { get; set; } = "events-webhook-subscription";
    }

    public class DistributedCacheSettings
    {
        public ConnectionStringSettings Redis { get; set; } = new ConnectionStringSettings();
        public ConnectionStringSettings Cosmos { get; set; } = new ConnectionStringSettings();
    }

    public class SentrySettings
    {
        public string Dsn { get; set; }
    }

    public class SyslogSettings
    {
        public string Destination { get; set; }
        public string CertificateThumbprint { get; set; }
    }

    public class DuoSettings
    {
        public string AKey { get; set; }
    }

    public class YubicoSettings
    {
        public string ClientId { get; set; }
        public string Key { get; set; }
        public string[] ValidationUrls { get; set; }
    }

    public class CaptchaSettings
    {
        public bool ForceCaptchaRequired { get; set; } = false;
        public string HCaptchaSecretKey { get; set; }
        public string HCaptchaSiteKey { get; set; }
    }

    public class AmazonSettings
    {
        public string AccessKeyId { get; set; }
        public string AccessKeySecret { get; set; }
        public string Region { get; set; }
    }

    public class StripeSettings
    {
        public string ApiKey { get; set; }
        public int MaxNetworkRetries { get; set; } = 2;
    }

    public class InstallationSettings
    {
        public Guid Id { get; set; }
        public string Key { get; set; }
        public string IdentityUri { get; set; }
        public string ApiUri { get; set; }
    }
}
