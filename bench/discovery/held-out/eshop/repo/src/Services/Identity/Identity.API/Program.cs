using Duende.IdentityServer.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Northwind.Services.Identity.API.Data;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

builder.Services.AddControllersWithViews();

builder.Services.AddDbContext<ApplicationDbContext>(options =>
    options.UseSqlServer(configuration["ConnectionString"], sql => sql.EnableRetryOnFailure()));

builder.Services.AddIdentity<ApplicationUser, IdentityRole>()
    .AddEntityFrameworkStores<ApplicationDbContext>()
    .AddDefaultTokenProviders();

var clientUrls = new Dictionary<string, string>
{
    ["Mvc"] = configuration["MvcClient"],
    ["BasketApi"] = configuration["BasketApiClient"],
    ["OrderingApi"] = configuration["OrderingApiClient"],
};

builder.Services.AddIdentityServer(options =>
    {
        options.IssuerUri = "null";
        options.Authentication.CookieLifetime = TimeSpan.FromHours(2);
    })
    .AddInMemoryIdentityResources(new IdentityResource[] { new IdentityResources.OpenId(), new IdentityResources.Profile() })
    .AddInMemoryApiScopes(new[] { new ApiScope("orders"), new ApiScope("basket") })
    .AddInMemoryApiResources(new[]
    {
        new ApiResource("orders", "Orders Service") { Scopes = { "orders" } },
        new ApiResource("basket", "Basket Service") { Scopes = { "basket" } },
    })
    .AddInMemoryClients(new[]
    {
        new Client
        {
            ClientId = "mvc",
            ClientName = "MVC Client",
            ClientSecrets = { new Secret("secret".Sha256()) },
            ClientUri = clientUrls["Mvc"],
            AllowedGrantTypes = GrantTypes.Code,
            RequirePkce = false,
            AllowAccessTokensViaBrowser = false,
            AllowOfflineAccess = true,
            RedirectUris = { $"{clientUrls["Mvc"]}/signin-oidc" },
            PostLogoutRedirectUris = { $"{clientUrls["Mvc"]}/signout-callback-oidc" },
            AllowedScopes = { "openid", "profile", "orders", "basket" },
        },
        new Client
        {
            ClientId = "basketswaggerui",
            ClientName = "Basket Swagger UI",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{clientUrls["BasketApi"]}/swagger/oauth2-redirect.html" },
            AllowedScopes = { "basket" },
        },
        new Client
        {
            ClientId = "orderingswaggerui",
            ClientName = "Ordering Swagger UI",
            AllowedGrantTypes = GrantTypes.Implicit,
            AllowAccessTokensViaBrowser = true,
            RedirectUris = { $"{clientUrls["OrderingApi"]}/swagger/oauth2-redirect.html" },
            AllowedScopes = { "orders" },
        },
    })
    .AddAspNetIdentity<ApplicationUser>()
    .AddDeveloperSigningCredential();

builder.Services.AddHealthChecks()
    .AddSqlServer(configuration["ConnectionString"], name: "IdentityDB-check", tags: new[] { "IdentityDB" });

var app = builder.Build();

app.UseStaticFiles();
app.UseRouting();
app.UseIdentityServer();
app.UseAuthorization();
app.MapDefaultControllerRoute();
app.MapHealthChecks("/hc");

using (var scope = app.Services.CreateScope())
{
    await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
}

app.Run();
