using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Crosswind.MobileBff.Controllers;

[ApiController]
[Route("v1")]
public class ProductsController : ControllerBase
{
    private readonly IHttpClientFactory _factory;

    public ProductsController(IHttpClientFactory factory) => _factory = factory;

    // Home screen of the app: products + coupons in a single round-trip.
    [HttpGet("home")]
    public async Task<IActionResult> Home()
    {
        var products = _factory.CreateClient("products").GetFromJsonAsync<JsonElement>("v1/product");
        var coupons = _factory.CreateClient("coupons").GetFromJsonAsync<JsonElement>("v1/coupon");
        await Task.WhenAll(products, coupons);
        return Ok(new { products = products.Result, coupons = coupons.Result });
    }

    [HttpGet("products/{id:int}")]
    public async Task<IActionResult> Detail(int id)
    {
        var productResponse = await _factory.CreateClient("products").GetAsync($"v1/product/{id}");
        if (!productResponse.IsSuccessStatusCode)
        {
            return NotFound();
        }

        var stock = await _factory.CreateClient("stock").GetFromJsonAsync<JsonElement>($"v1/stock/{id}");
        return Ok(new
        {
            product = await productResponse.Content.ReadFromJsonAsync<JsonElement>(),
            stock
        });
    }
}
