using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

// One named client per backend API; base addresses come from the "Services" section
// (Services__Products, Services__Stock, ... in docker-compose / the mobilebff chart).
var services = builder.Configuration.GetSection("Services");
foreach (var name in new[] { "Products", "Stock", "Coupons", "Profiles", "Login" })
{
    var baseUrl = services[name];
    builder.Services.AddHttpClient(name.ToLowerInvariant(), client =>
    {
        if (!string.IsNullOrEmpty(baseUrl))
        {
            client.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
        }
        client.Timeout = TimeSpan.FromSeconds(10);
    });
}

builder.Services.AddApplicationInsightsTelemetry();
builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidateIssuer = false,
        ValidateAudience = false,
        IssuerSigningKey = new SymmetricSecurityKey(
            Encoding.UTF8.GetBytes(builder.Configuration["Jwt:SecurityKey"] ?? string.Empty))
    });
builder.Services.AddControllers();
builder.Services.AddHealthChecks();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapHealthChecks("/liveness");
app.Run();
