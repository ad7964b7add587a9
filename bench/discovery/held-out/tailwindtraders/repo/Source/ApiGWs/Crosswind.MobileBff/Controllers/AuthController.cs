using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Crosswind.MobileBff.Controllers;

[ApiController]
[Route("v1")]
public class AuthController : ControllerBase
{
    private readonly IHttpClientFactory _factory;

    public AuthController(IHttpClientFactory factory) => _factory = factory;

    public record Credentials(string Username, string Password);

    [HttpPost("login")]
    public async Task<IActionResult> Login([FromBody] Credentials credentials)
    {
        var login = _factory.CreateClient("login");
        var response = await login.PostAsJsonAsync("v1/oauth2/token",
            new { credentials.Username, credentials.Password, GrantType = "password" });
        return response.IsSuccessStatusCode
            ? Ok(await response.Content.ReadFromJsonAsync<JsonElement>())
            : Unauthorized();
    }

    [Authorize]
    [HttpGet("me")]
    public async Task<IActionResult> Me()
    {
        var profiles = _factory.CreateClient("profiles");
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/profile/me");
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(Request.Headers.Authorization.ToString());
        var response = await profiles.SendAsync(request);
        return response.IsSuccessStatusCode
            ? Ok(await response.Content.ReadFromJsonAsync<JsonElement>())
            : StatusCode((int)response.StatusCode);
    }
}
