using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Opbrew.Data;

namespace Opbrew.Controllers;

[ApiController]
[Route("api")]
public class ProductsController : ControllerBase
{
    private readonly OpbrewDbContext _db;

    public ProductsController(OpbrewDbContext db) => _db = db;

    [HttpGet("products")]
    public async Task<IActionResult> GetProducts() => Ok(await _db.Products.ToListAsync());

    [HttpGet("products/{id:int}")]
    public async Task<IActionResult> GetProduct(int id)
    {
        var p = await _db.Products.FindAsync(id);
        return p is null ? NotFound() : Ok(p);
    }

    [HttpGet("stats")]
    public async Task<IActionResult> Stats() =>
        Ok(new { products = await _db.Products.CountAsync() });
}
