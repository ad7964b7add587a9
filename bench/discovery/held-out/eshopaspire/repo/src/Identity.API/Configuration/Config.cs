using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace Tidewater.Identity.API.Configuration;

public static class Config
{
    // ApiResources define the apis in your system
    public static IEnumerable<ApiResource> GetApis() =>
    [
        new ApiResource("orders", "Orders Service"),
        new ApiResource("basket", "Basket Service"),
        new ApiResource("webhooks", "Webhooks registration Service"),
    ];

    // ApiScope is used to protect the API
    // The effect is the same as that of API resources in IdentityServer 3.x
    public static IEnumerable<ApiScope> GetApiScopes() =>
    [
        new ApiScope("orders", "Orders Service"),
        new ApiScope("basket", "Basket Service"),
        new ApiScope("webhooks", "Webhooks registration Service"),
    ];

    // Identity resources are data like user ID, name, or email address of a user
    // see: http://docs.identityserver.io/en/release/configuration/resources.html
    public static IEnumerable<IdentityResource> GetResources() =>
    [
        new IdentityResources.OpenId(),
        new IdentityResources.Profile()
    ];

    // Client want to access resources (aka scopes).
    // The URLs below are only used as redirect / post-logout URIs and CORS origins handed
    // back to the browser; Identity never calls these clients.
    public static IEnumerable<Client> GetClients(IConfiguration configuration) =>
    [
        new Client
        {
            ClientId = "maui",
            ClientName = "Tidewater MAUI OpenId Client",
            AllowedGrantTypes = GrantTypes.Code,
            ClientSecrets = { new Secret("secret".Sha256()) },
            RedirectUris = { configuration["MauiCallback"] ?? "maui://authcallback" },
            RequireConsent = false,
            RequirePkce = true,
            PostLogoutRedirectUris = { $"{configuration["MauiCallback"]}/Account/Redirecting" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                IdentityServerConstants.StandardScopes.OfflineAccess,
                "orders",
                "basket",
                "mobileshoppingagg",
                "webhooks"
            },
            AllowOfflineAccess = true,
            AllowAccessTokensViaBrowser = true,
            AlwaysIncludeUserClaimsInIdToken = true,
            AccessTokenLifetime = 60 * 60 * 2, // 2 hours
            IdentityTokenLifetime = 60 * 60 * 2 // 2 hours
        },
        new Client
        {
            ClientId = "webapp",
            ClientName = "WebApp Client",
            ClientSecrets = { new Secret("secret".Sha256()) },
            ClientUri = $"{configuration["WebAppClient"]}",
            AllowedGrantTypes = GrantTypes.Code,
            AllowAccessTokensViaBrowser = false,
            RequireConsent = false,
            AllowOfflineAccess = true,
            AlwaysIncludeUserClaimsInIdToken = true,
            RequirePkce = false,
            RedirectUris = { $"{configuration["WebAppClient"]}/signin-oidc" },
            PostLogoutRedirectUris = { $"{configuration["WebAppClient"]}/signout-callback-oidc" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                IdentityServerConstants.StandardScopes.OfflineAccess,
                "orders",
                "basket",
                "webhooks"
            },
            AccessTokenLifetime = 60 * 60 * 2,
            IdentityTokenLifetime = 60 * 60 * 2
        },
        new Client
        {
            ClientId = "webhooksclient",
            ClientName = "Webhooks Client",
            ClientSecrets = { new Secret("secret".Sha256()) },
            ClientUri = $"{configuration["WebhooksWebClient"]}",
            AllowedGrantTypes = GrantTypes.Code,
            AllowAccessTokensViaBrowser = false,
            RequireConsent = false,
            AllowOfflineAccess = true,
            AlwaysIncludeUserClaimsInIdToken = true,
            RedirectUris = { $"{configuration["WebhooksWebClient"]}/signin-oidc" },
            PostLogoutRedirectUris = { $"{configuration["WebhooksWebClient"]}/signout-callback-oidc" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                IdentityServerConstants.StandardScopes.OfflineAccess,
                "webhooks"
            },
            AccessTokenLifetime = 60 * 60 * 2,
            IdentityTokenLifetime = 60 * 60 * 2
        },
        new Client
        {
            ClientId = "basketswaggerui",
            ClientName = "Basket Swagger UI",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{configuration["BasketApiClient"]}/swagger/oauth2-redirect.html" },
            PostLogoutRedirectUris = { $"{configuration["BasketApiClient"]}/swagger/" },
            AllowedScopes = { "basket" }
        },
        new Client
        {
            ClientId = "orderingswaggerui",
            ClientName = "Ordering Swagger UI",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{configuration["OrderingApiClient"]}/swagger/oauth2-redirect.html" },
            PostLogoutRedirectUris = { $"{configuration["OrderingApiClient"]}/swagger/" },
            AllowedScopes = { "orders" }
        },
        new Client
        {
            ClientId = "webhooksswaggerui",
            ClientName = "WebHooks Service Swagger UI",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{configuration["WebhooksApiClient"]}/swagger/oauth2-redirect.html" },
            PostLogoutRedirectUris = { $"{configuration["WebhooksApiClient"]}/swagger/" },
            AllowedScopes = { "webhooks" }
        }
    ];
}
