using System.IdentityModel.Tokens.Jwt;
using Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vaultkeep.Core.AdminConsole.Services;
using Vaultkeep.Core.Auth.Identity.TokenProviders;
using Vaultkeep.Core.Platform.Push;
using Vaultkeep.Core.Platform.Push.Services;
using Vaultkeep.Core.Services;
using Vaultkeep.Core.Settings;

namespace Vaultkeep.Core.Utilities;

public static class ServiceCollectionExtensions
{
    public static GlobalSettings AddGlobalSettingsServices(this IServiceCollection services,
        IConfiguration configuration)
    {
        var globalSettings = new GlobalSettings();
        ConfigurationBinder.Bind(configuration.GetSection("GlobalSettings"), globalSettings);
        services.AddSingleton(s => globalSettings);
        services.AddSingleton<IGlobalSettings, GlobalSettings>(s => globalSettings);
        return globalSettings;
    }

    public static void AddBaseServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        services.AddScoped<IUserService, UserService>();
        services.AddScoped<IEventService, EventService>();
        services.AddScoped<ICipherService, CipherService>();
    }

    public static void AddMailServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        services.AddSingleton<IMailService, HandlebarsMailService>();

        var awsConfigured = CoreHelpers.SettingHasValue(globalSettings.Amazon?.AccessKeySecret);
        var useSendGrid = globalSettings.IsFeatureEnabled(FeatureFlagKeys.UseSendGrid) &&
            CoreHelpers.SettingHasValue(globalSettings.Mail.SendGridApiKey);

        if (!globalSettings.SelfHosted && useSendGrid)
        {
            services.AddSingleton<IMailDeliveryService, SendGridMailDeliveryService>();
        }
        else if (useSendGrid)
        {
            // Self-hosted installations may opt into SendGrid via the feature flag.
            services.AddSingleton<IMailDeliveryService, SendGridMailDeliveryService>();
        }
        else if (awsConfigured)
        {
            services.AddSingleton<IMailDeliveryService, AmazonSesMailDeliveryService>();
        }
        else if (CoreHelpers.SettingHasValue(globalSettings.Mail?.Smtp?.Host))
        {
            services.AddSingleton<IMailDeliveryService, MailKitSmtpMailDeliveryService>();
        }
        else
        {
            services.AddSingleton<IMailDeliveryService, NoopMailDeliveryService>();
        }
    }

    public static void AddPushNotificationServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        services.AddHttpClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPushEngine, NotificationsApiPushEngine>());

        if (globalSettings.SelfHosted)
        {
            if (CoreHelpers.SettingHasValue(globalSettings.PushRelayBaseUri) &&
                globalSettings.Installation?.Id != null &&
                CoreHelpers.SettingHasValue(globalSettings.Installation?.Key))
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton<IPushEngine, RelayPushEngine>());
                services.AddSingleton<IPushRegistrationService, RelayPushRegistrationService>();
            }
            else
            {
                services.AddSingleton<IPushRegistrationService, NoopPushRegistrationService>();
            }
        }
        else
        {
            services.AddSingleton<IPushRegistrationService, NotificationHubPushRegistrationService>();
        }

        if (CoreHelpers.SettingHasValue(globalSettings.Notifications?.ConnectionString))
        {
            services.AddKeyedSingleton("notifications", (sp, _) =>
                new Azure.Storage.Queues.QueueClient(globalSettings.Notifications.ConnectionString,
                    Constants.NotificationsQueueName));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IPushEngine, AzureQueuePushEngine>());
        }

        services.AddSingleton<IPushNotificationService, MultiServicePushNotificationService>();
    }

    public static void AddEventWriteServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        if (!globalSettings.SelfHosted && CoreHelpers.SettingHasValue(globalSettings.Events.ConnectionString))
        {
            services.AddSingleton<IEventWriteService, AzureQueueEventWriteService>();
        }
        else if (globalSettings.SelfHosted && CoreHelpers.SettingHasValue(globalSettings.Events.ConnectionString))
        {
            // Operators that supply their own Azure Storage account can still route events through the queue.
            services.AddSingleton<IEventWriteService, AzureQueueEventWriteService>();
        }
        else
        {
            services.AddSingleton<IEventWriteService, RepositoryEventWriteService>();
        }

        if (globalSettings.IsFeatureEnabled(FeatureFlagKeys.EventBasedOrganizationIntegrations) &&
            CoreHelpers.SettingHasValue(globalSettings.ServiceBus.ConnectionString))
        {
            services.AddSingleton(new ServiceBusClient(globalSettings.ServiceBus.ConnectionString));
            services.AddSingleton<IEventWriteService, AzureServiceBusEventWriteService>();
        }
    }

    public static void AddAttachmentStorageServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        if (CoreHelpers.SettingHasValue(globalSettings.Attachment.ConnectionString))
        {
            services.AddSingleton<IAttachmentStorageService, AzureAttachmentStorageService>();
        }
        else if (CoreHelpers.SettingHasValue(globalSettings.Attachment.BaseDirectory))
        {
            services.AddSingleton<IAttachmentStorageService, LocalAttachmentStorageService>();
        }
        else
        {
            services.AddSingleton<IAttachmentStorageService, NoopAttachmentStorageService>();
        }
    }

    public static void AddIdentityAuthenticationServices(this IServiceCollection services,
        GlobalSettings globalSettings, Microsoft.AspNetCore.Hosting.IWebHostEnvironment environment,
        Action<Microsoft.AspNetCore.Authorization.AuthorizationOptions> addAuthorization)
    {
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, options =>
            {
                options.MapInboundClaims = false;
                // Tokens are validated against the identity container's discovery document + JWKS.
                options.Authority = globalSettings.BaseServiceUri.InternalIdentity;
                options.RequireHttpsMetadata = !environment.IsDevelopment() &&
                    globalSettings.BaseServiceUri.InternalIdentity.StartsWith("https");
                options.TokenValidationParameters.ValidateAudience = false;
                options.TokenValidationParameters.ValidTypes = new[] { "at+jwt" };
                options.TokenValidationParameters.NameClaimType = JwtRegisteredClaimNames.Email;
                options.TokenValidationParameters.ValidIssuer = globalSettings.BaseServiceUri.Identity;
            });

        if (addAuthorization != null)
        {
            services.AddAuthorization(config => addAuthorization.Invoke(config));
        }
    }

    public static void AddCustomDataProtectionServices(this IServiceCollection services,
        Microsoft.AspNetCore.Hosting.IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        var builder = services.AddDataProtection().SetApplicationName("Vaultkeep");
        if (env.IsDevelopment())
        {
            return;
        }
        if (globalSettings.SelfHosted && CoreHelpers.SettingHasValue(globalSettings.DataProtection.Directory))
        {
            builder.PersistKeysToFileSystem(new DirectoryInfo(globalSettings.DataProtection.Directory));
        }
    }

    public static void AddDistributedCache(this IServiceCollection services, GlobalSettings globalSettings)
    {
        if (CoreHelpers.SettingHasValue(globalSettings.DistributedCache?.Redis?.ConnectionString))
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.Configuration = globalSettings.DistributedCache.Redis.ConnectionString;
            });
        }
        else
        {
            services.AddDistributedMemoryCache();
        }
    }
}

public static class CoreHelpers
{
    public static bool SettingHasValue(string setting)
    {
        var normalizedSetting = setting?.ToLowerInvariant();
        return !string.IsNullOrWhiteSpace(normalizedSetting) && !normalizedSetting.Equals("secret") &&
            !normalizedSetting.Equals("replace");
    }

    public static string GetApplicationCacheServiceBusSubscriptionName(Settings.GlobalSettings globalSettings)
        => $"sub_{globalSettings.ProjectName}_{globalSettings.Installation.Id}";
}
