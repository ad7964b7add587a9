using Duende.IdentityServer;
using Duende.IdentityServer.Models;
using Duende.IdentityServer.Test;

namespace Showpass.Services.Identity;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile()
    };

    public static IEnumerable<ApiScope> ApiScopes => new[]
    {
        new ApiScope("showpass.fullaccess"),
        new ApiScope("shoppingbasket.fullaccess"),
        new ApiScope("ordering.fullaccess")
    };

    public static IEnumerable<ApiResource> ApiResources => new[]
    {
        new ApiResource("showpassgateway", "Showpass Gateway") { Scopes = { "showpass.fullaccess" } },
        new ApiResource("shoppingbasket", "Shopping Basket API") { Scopes = { "shoppingbasket.fullaccess" } },
        new ApiResource("ordering", "Ordering API") { Scopes = { "ordering.fullaccess" } }
    };

    public static IEnumerable<Client> Clients(IConfiguration configuration) => new[]
    {
        new Client
        {
            ClientId = "showpass",
            ClientName = "Showpass Web",
            ClientSecrets = { new Secret("ce766e16-df99-411d-8d31-0f5bbc6b8eba".Sha256()) },
            AllowedGrantTypes = GrantTypes.Code,
            RedirectUris = { configuration["Clients:Web:RedirectUri"] ?? "https://localhost:5000/signin-oidc" },
            PostLogoutRedirectUris = { "https://localhost:5000/signout-callback-oidc" },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "showpass.fullaccess", "shoppingbasket.fullaccess", "ordering.fullaccess"
            }
        }
    };

    public static List<TestUser> Users => new()
    {
        new TestUser { SubjectId = "e455a3df-7fa5-47e0-8435-179b300d531f", Username = "ava", Password = "ava" },
        new TestUser { SubjectId = "bbd5d0bc-1d5a-4a0a-9b8e-6ab5f0b8c0c1", Username = "liam", Password = "liam" }
    };
}
