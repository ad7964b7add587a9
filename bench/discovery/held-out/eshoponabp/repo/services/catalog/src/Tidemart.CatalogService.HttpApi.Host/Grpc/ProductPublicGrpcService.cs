using System;
using System.Threading.Tasks;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Tidemart.CatalogService.Products;

namespace Tidemart.CatalogService.Grpc;

/// <summary>
/// gRPC endpoint served on the HTTP/2 Kestrel endpoint (port 81 in containers, 8181 locally).
/// </summary>
public class ProductPublicGrpcService : ProductPublic.ProductPublicBase
{
    private readonly IProductPublicAppService _productAppService;
    private readonly ILogger<ProductPublicGrpcService> _logger;

    public ProductPublicGrpcService(
        IProductPublicAppService productAppService,
        ILogger<ProductPublicGrpcService> logger)
    {
        _productAppService = productAppService;
        _logger = logger;
    }

    public override async Task<ProductResponse> GetById(ProductRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.Id, out var productId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"Invalid product id: {request.Id}"));
        }

        _logger.LogDebug("gRPC GetById called for product {ProductId}", productId);

        var product = await _productAppService.GetAsync(productId);

        return new ProductResponse
        {
            Id = product.Id.ToString(),
            Name = product.Name,
            Code = product.Code,
            Price = product.Price,
            StockCount = product.StockCount,
            ImageName = product.ImageName ?? string.Empty
        };
    }
}
