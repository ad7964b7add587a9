using Duende.IdentityServer;
using Duende.IdentityServer.Models;

namespace TideMart.Identity;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources => new IdentityResource[]
    {
        new IdentityResources.OpenId(),
        new IdentityResources.Profile(),
        new IdentityResources.Email(),
    };

    public static IEnumerable<ApiScope> ApiScopes => new[]
    {
        new ApiScope("catalog.read"), new ApiScope("catalog.write"),
        new ApiScope("stock"), new ApiScope("basket"), new ApiScope("ordering"),
    };

    public static IEnumerable<ApiResource> ApiResources => new[]
    {
        new ApiResource("catalog-api") { Scopes = { "catalog.read", "catalog.write" } },
        new ApiResource("stock-api") { Scopes = { "stock" } },
        new ApiResource("basket-api") { Scopes = { "basket" } },
        new ApiResource("ordering-api") { Scopes = { "ordering" } },
    };

    public static IEnumerable<Client> Clients(string webUiUrl) => new[]
    {
        new Client
        {
            ClientId = "tidemart-spa",
            ClientName = "TideMart web",
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = true,
            RequireClientSecret = false,
            RedirectUris = { $"{webUiUrl}/callback", $"{webUiUrl}/silent-renew.html" },
            PostLogoutRedirectUris = { webUiUrl },
            AllowedCorsOrigins = { webUiUrl },
            AllowedScopes =
            {
                IdentityServerConstants.StandardScopes.OpenId,
                IdentityServerConstants.StandardScopes.Profile,
                "catalog.read", "basket", "ordering",
            },
        },
        new Client
        {
            ClientId = "seeder",
            ClientSecrets = { new Secret("seeder-secret".Sha256()) },
            AllowedGrantTypes = GrantTypes.ClientCredentials,
            AllowedScopes = { "catalog.write", "stock" },
        },
    };
}
