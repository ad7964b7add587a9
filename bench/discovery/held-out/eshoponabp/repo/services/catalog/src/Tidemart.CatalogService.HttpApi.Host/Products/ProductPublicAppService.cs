using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Tidemart.CatalogService.MongoDb;
using Volo.Abp.Application.Dtos;
using Volo.Abp.Application.Services;
using Volo.Abp.Caching;
using Volo.Abp.Domain.Repositories;

namespace Tidemart.CatalogService.Products;

[Serializable]
public class ProductDto : EntityDto<Guid>
{
    public string Code { get; set; } = default!;
    public string Name { get; set; } = default!;
    public float Price { get; set; }
    public int StockCount { get; set; }
    public string? ImageName { get; set; }
}

public interface IProductPublicAppService : IApplicationService
{
    Task<ProductDto> GetAsync(Guid id);
    Task<ListResultDto<ProductDto>> GetListAsync();
}

/// <summary>
/// Exposed as /api/catalog/product-public/* by ABP auto API controllers (see module).
/// Product details are cached in Redis through IDistributedCache.
/// </summary>
[AllowAnonymous]
public class ProductPublicAppService : ApplicationService, IProductPublicAppService
{
    private readonly IRepository<Product, Guid> _productRepository;
    private readonly IDistributedCache<ProductDto, Guid> _productCache;

    public ProductPublicAppService(
        IRepository<Product, Guid> productRepository,
        IDistributedCache<ProductDto, Guid> productCache)
    {
        _productRepository = productRepository;
        _productCache = productCache;
    }

    public async Task<ProductDto> GetAsync(Guid id)
    {
        return (await _productCache.GetOrAddAsync(
            id,
            async () => MapToDto(await _productRepository.GetAsync(id))
        ))!;
    }

    public async Task<ListResultDto<ProductDto>> GetListAsync()
    {
        var products = await _productRepository.GetListAsync();
        var items = new List<ProductDto>();
        foreach (var product in products)
        {
            items.Add(MapToDto(product));
        }
        return new ListResultDto<ProductDto>(items);
    }

    private static ProductDto MapToDto(Product product)
    {
        return new ProductDto
        {
            Id = product.Id,
            Code = product.Code,
            Name = product.Name,
            Price = product.Price,
            StockCount = product.StockCount,
            ImageName = product.ImageName
        };
    }
}
