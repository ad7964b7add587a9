using System.Net.Http.Json;
using System.Text.Json;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosswind.WebBff.Controllers;

[ApiController]
[Route("v1/login")]
public class LoginController : ControllerBase
{
    private readonly IHttpClientFactory _factory;
    private readonly Settings _settings;

    public LoginController(IHttpClientFactory factory, IOptions<Settings> settings)
    {
        _factory = factory;
        _settings = settings.Value;
    }

    public record LoginRequest(string Username, string Password);

    [HttpPost]
    public async Task<IActionResult> Login([FromBody] LoginRequest request)
    {
        var client = _factory.CreateClient(HttpClientExtensions.ApiClient);
        var response = await client.PostAsJsonAsync(
            $"{_settings.LoginApiUrl}/{ApiVersions.V1}/oauth2/token",
            new { request.Username, request.Password, GrantType = "password" });

        if (!response.IsSuccessStatusCode)
        {
            return Unauthorized();
        }

        return Ok(await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
