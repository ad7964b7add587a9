using MediatR;
using Microsoft.EntityFrameworkCore;
using TideMart.Catalog.Clients;
using TideMart.Catalog.Data;
using TideMart.Shared.Contracts;

namespace TideMart.Catalog.Features;

public record SearchProductsQuery(string? Term, int Page = 1, int PageSize = 20) : IRequest<SearchProductsResult>;

public record SearchProductsResult(IReadOnlyList<ProductDto> Items, int Total);

public class SearchProductsHandler : IRequestHandler<SearchProductsQuery, SearchProductsResult>
{
    private readonly CatalogDbContext _db;
    private readonly IStockClient _stock;

    public SearchProductsHandler(CatalogDbContext db, IStockClient stock)
    {
        _db = db;
        _stock = stock;
    }

    public async Task<SearchProductsResult> Handle(SearchProductsQuery q, CancellationToken ct)
    {
        var query = _db.Products.AsNoTracking().Where(p => !p.IsDeleted);
        if (!string.IsNullOrWhiteSpace(q.Term))
        {
            query = query.Where(p => EF.Functions.ILike(p.Name, $"%{q.Term}%"));
        }

        var total = await query.CountAsync(ct);
        var products = await query.OrderBy(p => p.Name)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .ToListAsync(ct);

        var stock = await _stock.GetAvailabilityAsync(products.Select(p => p.Id), ct);
        var byProduct = stock.GroupBy(s => s.ProductId).ToDictionary(g => g.Key, g => g.Sum(x => x.Available));

        var items = products
            .Select(p => new ProductDto(p.Id, p.Name, p.Description, p.Price, p.ImageUrl,
                byProduct.TryGetValue(p.Id, out var a) ? a : 0))
            .ToList();

        return new SearchProductsResult(items, total);
    }
}

public record GetProductByIdQuery(Guid Id) : IRequest<ProductDto?>;

public class GetProductByIdHandler : IRequestHandler<GetProductByIdQuery, ProductDto?>
{
    private readonly CatalogDbContext _db;

    public GetProductByIdHandler(CatalogDbContext db) => _db = db;

    public async Task<ProductDto?> Handle(GetProductByIdQuery q, CancellationToken ct)
    {
        var p = await _db.Products.AsNoTracking().FirstOrDefaultAsync(x => x.Id == q.Id && !x.IsDeleted, ct);
        return p is null ? null : new ProductDto(p.Id, p.Name, p.Description, p.Price, p.ImageUrl);
    }
}
