using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosswind.WebBff.Controllers;

[ApiController]
[Authorize]
[Route("v1/cart")]
public class CartController : ControllerBase
{
    private const string CartPath = "shoppingcart";

    private readonly IHttpClientFactory _factory;
    private readonly Settings _settings;

    public CartController(IHttpClientFactory factory, IOptions<Settings> settings)
    {
        _factory = factory;
        _settings = settings.Value;
    }

    private HttpClient CartClient()
    {
        var client = _factory.CreateClient(HttpClientExtensions.ApiClient);
        client.BaseAddress = new Uri(_settings.CartApiUrl.TrimEnd('/') + "/");
        client.DefaultRequestHeaders.Add("x-crosswind-user", User.FindFirstValue(ClaimTypes.Email));
        return client;
    }

    [HttpGet]
    public async Task<IActionResult> Get()
        => Ok(await CartClient().GetFromJsonAsync<JsonElement>(CartPath));

    [HttpPost]
    public async Task<IActionResult> Add([FromBody] JsonElement item)
    {
        var response = await CartClient().PostAsJsonAsync(CartPath, item);
        return StatusCode((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [HttpPut("{id}")]
    public async Task<IActionResult> Update(string id, [FromBody] JsonElement body)
    {
        var response = await CartClient().PutAsJsonAsync($"{CartPath}/{id}", body);
        return StatusCode((int)response.StatusCode);
    }

    [HttpDelete("{id}")]
    public async Task<IActionResult> Delete(string id)
    {
        var response = await CartClient().DeleteAsync($"{CartPath}/{id}");
        return StatusCode((int)response.StatusCode);
    }
}
