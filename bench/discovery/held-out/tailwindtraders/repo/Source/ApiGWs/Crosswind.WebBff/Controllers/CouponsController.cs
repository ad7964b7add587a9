using System.Net.Http.Json;
using System.Text.Json;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosswind.WebBff.Controllers;

[ApiController]
[Authorize]
[Route("v1/coupons")]
public class CouponsController : ControllerBase
{
    private readonly IHttpClientFactory _factory;
    private readonly Settings _settings;

    public CouponsController(IHttpClientFactory factory, IOptions<Settings> settings)
    {
        _factory = factory;
        _settings = settings.Value;
    }

    [HttpGet]
    public async Task<IActionResult> GetCoupons()
    {
        var client = _factory.CreateClient(HttpClientExtensions.ApiClient);
        var coupons = await client.GetFromJsonAsync<JsonElement>($"{_settings.CouponsApiUrl}/{ApiVersions.V1}/coupon");
        return Ok(coupons);
    }

    [HttpGet("{code}")]
    public async Task<IActionResult> GetCoupon(string code)
    {
        var client = _factory.CreateClient(HttpClientExtensions.ApiClient);
        var response = await client.GetAsync($"{_settings.CouponsApiUrl}/{ApiVersions.V1}/coupon/{Uri.EscapeDataString(code)}");
        return response.IsSuccessStatusCode
            ? Ok(await response.Content.ReadFromJsonAsync<JsonElement>())
            : NotFound();
    }
}
