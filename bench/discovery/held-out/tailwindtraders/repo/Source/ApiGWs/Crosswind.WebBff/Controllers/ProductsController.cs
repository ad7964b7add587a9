using System.Net.Http.Json;
using System.Text.Json;
using Crosswind.WebBff.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosswind.WebBff.Controllers;

[ApiController]
[Route("v1/products")]
public class ProductsController : ControllerBase
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Settings _settings;
    private readonly ILogger<ProductsController> _logger;

    public ProductsController(IHttpClientFactory httpClientFactory, IOptions<Settings> settings,
        ILogger<ProductsController> logger)
    {
        _httpClientFactory = httpClientFactory;
        _settings = settings.Value;
        _logger = logger;
    }

    // GET v1/products?brand=1&brand=2
    [HttpGet]
    public async Task<IActionResult> GetProducts([FromQuery] int[] brand, [FromQuery] int? type)
    {
        var client = _httpClientFactory.CreateClient(HttpClientExtensions.ApiClient);
        var query = string.Join("&", brand.Select(b => $"brand={b}"));
        if (type.HasValue)
        {
            query = string.IsNullOrEmpty(query) ? $"type={type}" : $"{query}&type={type}";
        }

        var url = $"{_settings.ProductsApiUrl}/{ApiVersions.V1}/product/?{query}";
        var products = await client.GetFromJsonAsync<JsonElement>(url);
        return Ok(products);
    }

    // GET v1/products/42 – product detail + live stock
    [HttpGet("{id:int}")]
    public async Task<IActionResult> GetProductDetails(int id)
    {
        var client = _httpClientFactory.CreateClient(HttpClientExtensions.ApiClient);

        var productTask = client.GetAsync($"{_settings.ProductsApiUrl}/{ApiVersions.V1}/product/{id}");
        var stockTask = client.GetFromJsonAsync<StockDto>(BuildStockUrl(id));
        await Task.WhenAll(productTask, stockTask);

        var productResponse = await productTask;
        if (!productResponse.IsSuccessStatusCode)
        {
            return NotFound();
        }

        var product = await productResponse.Content.ReadFromJsonAsync<JsonElement>();
        var stock = await stockTask;
        return Ok(new { product, stock = stock?.ProductStock ?? 0 });
    }

    // GET v1/products/popular – home page rail
    [HttpGet("popular")]
    public async Task<IActionResult> GetPopularProducts([FromQuery] int limit = 3)
    {
        var client = _httpClientFactory.CreateClient(HttpClientExtensions.ApiClient);
        var popular = await client.GetFromJsonAsync<JsonElement>(
            $"{_settings.PopularProductsApiUrl}/{ApiVersions.V1}/popular-product?limit={limit}");
        return Ok(popular);
    }

    // POST v1/products/imageclassifier – "search by photo"
    [HttpPost("imageclassifier")]
    [RequestSizeLimit(10_000_000)]
    public async Task<IActionResult> PostImage(IFormFile file)
    {
        var client = _httpClientFactory.CreateClient(HttpClientExtensions.ApiClient);

        using var content = new MultipartFormDataContent();
        await using var stream = file.OpenReadStream();
        content.Add(new StreamContent(stream), "file", file.FileName);

        var classifierResponse = await client.PostAsync(
            $"{_settings.ImageClassifierApiUrl}/{ApiVersions.V1}/imageclassifier", content);
        classifierResponse.EnsureSuccessStatusCode();
        var prediction = await classifierResponse.Content.ReadFromJsonAsync<PredictionDto>();
        _logger.LogInformation("Image classified as {Label}", prediction?.Label);

        var term = Uri.EscapeDataString(prediction?.Label ?? string.Empty);
        var matches = await client.GetFromJsonAsync<JsonElement>(
            $"{_settings.ProductsApiUrl}/{ApiVersions.V1}/product/filter?term={term}");
        return Ok(matches);
    }

    private string BuildStockUrl(int productId) =>
        $"{_settings.StockApiUrl}/{ApiVersions.V1}/stock/{productId}";

    private record StockDto(int ProductId, int ProductStock);

    private record PredictionDto(string Label);
}
