using Duende.IdentityServer.ResponseHandling;
using Duende.IdentityServer.Stores;
using Vaultkeep.Core.Auth.Identity.TokenProviders;
using Vaultkeep.Core.Settings;
using Vaultkeep.Identity.IdentityServer;

namespace Vaultkeep.Identity.Utilities;

public static class ServiceCollectionExtensions
{
    public static IIdentityServerBuilder AddCustomIdentityServerServices(this IServiceCollection services,
        IWebHostEnvironment env, GlobalSettings globalSettings)
    {
        services.AddSingleton<StaticClientStore>();
        services.AddTransient<IAuthorizationCodeStore, AuthorizationCodeStore>();

        var issuerUri = new Uri(globalSettings.BaseServiceUri.InternalIdentity);
        var identityServerBuilder = services
            .AddIdentityServer(options =>
            {
                options.LicenseKey = globalSettings.IdentityServer.LicenseKey;
                options.Endpoints.EnableIntrospectionEndpoint = false;
                options.Endpoints.EnableEndSessionEndpoint = false;
                options.Endpoints.EnableUserInfoEndpoint = false;
                options.Endpoints.EnableCheckSessionEndpoint = false;
                options.Endpoints.EnableTokenRevocationEndpoint = false;
                options.IssuerUri = $"{issuerUri.Scheme}://{issuerUri.Host}";
                options.Caching.CachedStoresSlidingExpiration = TimeSpan.FromMinutes(10);
            })
            .AddInMemoryCaching()
            .AddInMemoryApiResources(ApiResources.GetApiResources())
            .AddInMemoryApiScopes(ApiScopes.GetApiScopes())
            .AddClientStoreCache<ClientStore>()
            .AddCustomTokenRequestValidator<CustomTokenRequestValidator>()
            .AddProfileService<ProfileService>()
            .AddResourceOwnerValidator<ResourceOwnerPasswordValidator>()
            .AddClientStore<ClientStore>()
            .AddIdentityServerCertificate(env, globalSettings)
            .AddExtensionGrantValidator<WebAuthnGrantValidator>();

        services.AddTransient<IDiscoveryResponseGenerator, DiscoveryResponseGenerator>();
        return identityServerBuilder;
    }

    public static void AddCustomIdentityServices(this IServiceCollection services, GlobalSettings globalSettings)
    {
        // Two-factor providers used during the token request (YubiKey OTP is validated against YubiCloud).
        services.AddScoped<ITwoFactorAuthenticationValidator, TwoFactorAuthenticationValidator>();
        services.AddSingleton<IYubicoOtpValidator, YubicoOtpTokenProvider>();
        services.AddScoped<EmailTwoFactorTokenProvider>();
        services.AddScoped<DuoUniversalTokenProvider>();
    }
}
