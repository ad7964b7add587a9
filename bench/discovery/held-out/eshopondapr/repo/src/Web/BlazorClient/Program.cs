using Larkspur.Web.BlazorClient;
using Larkspur.Web.BlazorClient.Services;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");

var settings = new Settings();
builder.Configuration.Bind(settings);
builder.Services.AddSingleton(settings);

// All API calls from the browser go to the Envoy gateway.
builder.Services.AddHttpClient("ApiGateway", client => client.BaseAddress = new Uri(settings.ApiGatewayUrlExternal))
    .AddHttpMessageHandler(sp => sp.GetRequiredService<AuthorizationMessageHandler>()
        .ConfigureHandler(new[] { settings.ApiGatewayUrlExternal }, new[] { "basket", "ordering", "webshoppingagg" }));

builder.Services.AddScoped<CatalogService>();
builder.Services.AddScoped<BasketService>();

builder.Services.AddOidcAuthentication(options =>
{
    options.ProviderOptions.Authority = settings.IdentityUrlExternal;
    options.ProviderOptions.ClientId = "blazor";
    options.ProviderOptions.ResponseType = "code";
    options.ProviderOptions.DefaultScopes.Add("basket");
    options.ProviderOptions.DefaultScopes.Add("ordering");
    options.ProviderOptions.DefaultScopes.Add("webshoppingagg");
});

await builder.Build().RunAsync();
