using Tidewater.ServiceDefaults;
using Tidewater.WebhookClient.Components;
using Tidewater.WebhookClient.Endpoints;
using Tidewater.WebhookClient.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

app.MapDefaultEndpoints();

app.UseExceptionHandler("/Error");
app.UseStaticFiles();
app.UseAntiforgery();

app.MapAuthenticationEndpoints();
app.MapWebhookEndpoints();

app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
