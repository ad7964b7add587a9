using Duende.IdentityServer.Models;

namespace Larkspur.Services.Identity.API;

public static class Config
{
    public static IEnumerable<IdentityResource> IdentityResources =>
        new IdentityResource[]
        {
            new IdentityResources.OpenId(),
            new IdentityResources.Profile()
        };

    public static IEnumerable<ApiScope> ApiScopes =>
        new[]
        {
            new ApiScope("basket", "Basket API"),
            new ApiScope("ordering", "Ordering API"),
            new ApiScope("webshoppingagg", "Web Shopping Aggregator")
        };

    public static IEnumerable<ApiResource> ApiResources =>
        new[]
        {
            new ApiResource("basket-api", "Basket Service") { Scopes = { "basket" } },
            new ApiResource("ordering-api", "Ordering Service") { Scopes = { "ordering" } },
            new ApiResource("webshoppingagg", "Web Shopping Aggregator") { Scopes = { "webshoppingagg" } }
        };

    public static IEnumerable<Client> GetClients(IConfiguration configuration)
    {
        var blazorClientUrl = configuration["BlazorClientUrlExternal"];

        return new[]
        {
            new Client
            {
                ClientId = "blazor",
                ClientName = "Larkspur Blazor Frontend",
                AllowedGrantTypes = GrantTypes.Code,
                RequirePkce = true,
                RequireClientSecret = false,
                AllowedCorsOrigins = { blazorClientUrl },
                RedirectUris = { $"{blazorClientUrl}/authentication/login-callback" },
                PostLogoutRedirectUris = { $"{blazorClientUrl}/authentication/logout-callback" },
                AllowedScopes = { "openid", "profile", "basket", "ordering", "webshoppingagg" }
            }
        };
    }
}
