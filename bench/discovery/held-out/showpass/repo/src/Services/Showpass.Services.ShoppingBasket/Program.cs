using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Polly;
using Showpass.Grpc;
using Showpass.Integration.MessagingBus;
using Showpass.Services.ShoppingBasket.DbContexts;
using Showpass.Services.ShoppingBasket.Services;

var builder = WebApplication.CreateBuilder(args);
var config = builder.Configuration;

var connectionString = config.GetConnectionString("DefaultConnection");
builder.Services.AddDbContext<ShoppingBasketDbContext>(options => options.UseSqlServer(connectionString));

builder.Services.AddScoped<IBasketRepository, BasketRepository>();
builder.Services.AddScoped<IBasketChangeEventRepository, BasketChangeEventRepository>();

// Event details come from EventCatalog; cached so the basket page doesn't hammer it.
if (string.Equals(config["Caching:Provider"], "Redis", StringComparison.OrdinalIgnoreCase))
{
    builder.Services.AddStackExchangeRedisCache(options =>
    {
        options.Configuration = config["Caching:RedisConnectionString"];
        options.InstanceName = "showpass-basket:";
    });
}
else
{
    builder.Services.AddDistributedMemoryCache();
}

builder.Services.AddHttpClient<IEventCatalogService, EventCatalogService>(c =>
        c.BaseAddress = new Uri(config["ApiConfigs:EventCatalog:Uri"]!))
    .AddTransientHttpErrorPolicy(p => p.WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * attempt)));

if (config.GetValue("Discount:UseGrpc", true))
{
    builder.Services.AddGrpcClient<Discounts.DiscountsClient>(o =>
        o.Address = new Uri(config["ApiConfigs:Discount:Uri"]!));
    builder.Services.AddScoped<IDiscountService, DiscountService>();
}
else
{
    builder.Services.AddHttpClient<IDiscountService, LegacyDiscountRestService>(c =>
        c.BaseAddress = new Uri(config["ApiConfigs:Discount:Uri"]!));
}

builder.Services.AddShowpassMessageBus(config);

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = config["IdentityServer:Authority"];
        options.Audience = "shoppingbasket";
        options.RequireHttpsMetadata = false;
    });

builder.Services.AddHealthChecks().AddSqlServer(connectionString!);
builder.Services.AddControllers();

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<ShoppingBasketDbContext>().Database.Migrate();
}

app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/health");

app.Run();

public partial class Program { }
