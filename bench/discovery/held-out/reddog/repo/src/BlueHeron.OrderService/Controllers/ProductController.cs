using BlueHeron.Models;
using Microsoft.AspNetCore.Mvc;

namespace BlueHeron.OrderService.Controllers;

[ApiController]
[Route("[controller]")]
public class ProductController : ControllerBase
{
    private readonly ProductCatalog _catalog;

    public ProductController(ProductCatalog catalog) => _catalog = catalog;

    [HttpGet]
    public IEnumerable<Product> Get() => _catalog.All;

    [HttpGet("{productId:int}")]
    public ActionResult<Product> Get(int productId) =>
        _catalog.TryGet(productId, out var p) ? p : NotFound();
}
