using System.Net.Http.Json;
using System.Text.Json;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosswind.WebBff.Controllers;

[ApiController]
[Authorize]
[Route("v1/profiles")]
public class ProfilesController : ControllerBase
{
    private readonly HttpClient _client;
    private readonly Settings _settings;

    public ProfilesController(IHttpClientFactory factory, IOptions<Settings> settings)
    {
        _client = factory.CreateClient(HttpClientExtensions.ApiClient);
        _settings = settings.Value;
    }

    [HttpGet("me")]
    public async Task<IActionResult> GetMyProfile()
    {
        var response = await _client.GetAsync($"{_settings.ProfileApiUrl}/{ApiVersions.V1}/profile/me");
        if (!response.IsSuccessStatusCode)
        {
            return StatusCode((int)response.StatusCode);
        }

        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Rewards programme retired in 2023 – keep until marketing confirms it is not coming back.
        // if (!string.IsNullOrEmpty(_settings.RewardsApiUrl))
        // {
        //     var rewards = await _client.GetFromJsonAsync<JsonElement>(
        //         $"{_settings.RewardsApiUrl}/api/v1/customers/{profile.GetProperty("email")}");
        //     return Ok(new { profile, rewards });
        // }

        return Ok(new { profile });
    }
}
