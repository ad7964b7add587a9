using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Showpass.Web.Models;
using Showpass.Web.Services;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

builder.Services.AddSingleton(new Settings(config));
builder.Services.AddHttpContextAccessor();

builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
    })
    .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, options =>
    {
        options.Authority = config["IdentityServer:Authority"];
        options.RequireHttpsMetadata = false;
        options.ClientId = "showpass";
        options.ClientSecret = config["IdentityServer:ClientSecret"];
        options.ResponseType = "code";
        options.SaveTokens = true;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.Scope.Add("showpass.fullaccess");
        options.Scope.Add("shoppingbasket.fullaccess");
        options.Scope.Add("ordering.fullaccess");
    });

builder.Services.AddAccessTokenManagement();

// All API traffic from the front end goes through the Ocelot gateway (ApiConfigs:Gateway:Uri).
var gatewayUri = new Uri(config["ApiConfigs:Gateway:Uri"]!);

builder.Services.AddHttpClient<IEventCatalogService, EventCatalogService>(c => c.BaseAddress = gatewayUri);
builder.Services.AddHttpClient<IShoppingBasketService, ShoppingBasketService>(c => c.BaseAddress = gatewayUri)
    .AddUserAccessTokenHandler();
builder.Services.AddHttpClient<IOrderService, OrderService>(c => c.BaseAddress = gatewayUri)
    .AddUserAccessTokenHandler();

// Pre-gateway wiring, kept for reference while the gateway beds in:
// builder.Services.AddHttpClient<IEventCatalogService, EventCatalogService>(c =>
//     c.BaseAddress = new Uri("http://showpass.services.eventcatalog"));

builder.Services.AddHealthChecks()
    .AddUrlGroup(new Uri(config["HealthChecks:MarketingUri"]!), name: "marketing")
    .AddUrlGroup(new Uri(config["HealthChecks:OrderingUri"]!), name: "ordering");

builder.Services.AddControllersWithViews();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
}

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health");
app.MapControllerRoute(
    name: "default",
    pattern: "{controller=EventCatalog}/{action=Index}/{id?}");

app.Run();
