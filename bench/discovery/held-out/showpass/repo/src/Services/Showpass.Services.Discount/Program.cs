using Microsoft.EntityFrameworkCore;
using Showpass.Services.Discount.DbContexts;
using Showpass.Services.Discount.Services;

var builder = WebApplication.CreateBuilder(args);

var connectionString = builder.Configuration.GetConnectionString("DefaultConnection");

builder.Services.AddDbContext<DiscountDbContext>(options => options.UseSqlServer(connectionString));
builder.Services.AddGrpc();
builder.Services.AddHealthChecks().AddSqlServer(connectionString!);

var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    scope.ServiceProvider.GetRequiredService<DiscountDbContext>().Database.Migrate();
}

app.MapGrpcService<DiscountsGrpcService>();
// REST surface kept for the pre-gRPC basket client (see ShoppingBasket LegacyDiscountRestService).
app.MapGet("/api/discount/code/{code}", async (string code, DiscountDbContext db) =>
    await db.Coupons.FirstOrDefaultAsync(c => c.Code == code) is { } coupon ? Results.Ok(coupon) : Results.NotFound());
app.MapHealthChecks("/health");

app.Run();
