using Microsoft.AspNetCore.Authentication.JwtBearer;
using Ocelot.DependencyInjection;
using Ocelot.Middleware;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration
    .AddJsonFile("ocelot.json", optional: false, reloadOnChange: true)
    .AddJsonFile($"ocelot.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: true);

var authenticationScheme = "ShowpassGatewayAuthenticationScheme";

builder.Services.AddAuthentication()
    .AddJwtBearer(authenticationScheme, options =>
    {
        options.Authority = builder.Configuration["IdentityServer:Authority"];
        options.Audience = "showpassgateway";
        options.RequireHttpsMetadata = false;
    });

// Service discovery via Consul was evaluated for the AKS move; routes use static hosts for now.
builder.Services.AddOcelot(builder.Configuration);

var app = builder.Build();

app.MapGet("/health", () => Results.Ok("healthy"));

await app.UseOcelot();

app.Run();
