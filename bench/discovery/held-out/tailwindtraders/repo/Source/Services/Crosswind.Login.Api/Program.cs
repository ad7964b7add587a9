using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplicationInsightsTelemetry();
builder.Services.AddHealthChecks();

var app = builder.Build();

var jwt = app.Configuration.GetSection("Jwt");
var signingKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt["SecurityKey"] ?? string.Empty));

// Demo users. The real customer store is Azure AD B2C in production (configured on the storefront).
var demoUsers = app.Configuration.GetSection("DemoUsers").Get<Dictionary<string, string>>()
                ?? new Dictionary<string, string>();

app.MapPost("/v1/oauth2/token", (TokenRequest request) =>
{
    if (request.GrantType != "password")
    {
        return Results.BadRequest(new { error = "unsupported_grant_type" });
    }

    if (!demoUsers.TryGetValue(request.Username ?? string.Empty, out var password) || password != request.Password)
    {
        return Results.Unauthorized();
    }

    var expires = DateTime.UtcNow.AddMinutes(jwt.GetValue("ExpirationMinutes", 60));
    var token = new JwtSecurityToken(
        issuer: jwt["Issuer"],
        audience: jwt["Audience"],
        claims: new[]
        {
            new Claim(JwtRegisteredClaimNames.Sub, request.Username!),
            new Claim(JwtRegisteredClaimNames.Email, request.Username!),
            new Claim(ClaimTypes.Email, request.Username!)
        },
        expires: expires,
        signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256));

    return Results.Ok(new
    {
        access_token = new { token = new JwtSecurityTokenHandler().WriteToken(token), expires_in = expires },
        refresh_token = Guid.NewGuid().ToString("N"),
        token_type = "bearer"
    });
});

app.MapHealthChecks("/liveness");
app.Run();

record TokenRequest(string? Username, string? Password, string? GrantType);
