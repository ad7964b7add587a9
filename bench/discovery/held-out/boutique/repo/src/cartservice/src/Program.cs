using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tinsel.Cart.Services;
using Tinsel.Cart.Store;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(options =>
{
    var port = Environment.GetEnvironmentVariable("PORT") ?? "7070";
    options.ListenAnyIP(int.Parse(port), o => o.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http2);
});

string redisAddress = builder.Configuration["REDIS_ADDR"];
ICartStore cartStore;
if (!string.IsNullOrEmpty(redisAddress))
{
    builder.Services.AddStackExchangeRedisCache(options =>
    {
        options.Configuration = redisAddress;
    });
    builder.Services.AddSingleton<ICartStore, RedisCartStore>();
}
else
{
    Console.WriteLine("REDIS_ADDR not set, falling back to the in-memory cart store");
    builder.Services.AddDistributedMemoryCache();
    builder.Services.AddSingleton<ICartStore, RedisCartStore>();
}

builder.Services.AddGrpc();
builder.Services.AddGrpcHealthChecks().AddCheck<CartStoreHealthCheck>("cartstore");

var app = builder.Build();

app.MapGrpcService<CartService>();
app.MapGrpcHealthChecksService();
app.MapGet("/", () => "gRPC only. Use a gRPC client.");

app.Run();
