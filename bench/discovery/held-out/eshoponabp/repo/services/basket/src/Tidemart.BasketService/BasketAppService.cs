using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Tidemart.CatalogService.Grpc;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Caching;
using Volo.Abp.DependencyInjection;
using Volo.Abp.DistributedLocking;

namespace Tidemart.BasketService;

[Serializable]
public class Basket
{
    public Guid BuyerId { get; set; }
    public List<BasketItem> Items { get; set; } = new();

    public Basket() { }

    public Basket(Guid buyerId)
    {
        BuyerId = buyerId;
    }

    public void AddProduct(Guid productId, int count = 1)
    {
        var item = Items.FirstOrDefault(i => i.ProductId == productId);
        if (item == null)
        {
            Items.Add(new BasketItem { ProductId = productId, Count = count });
        }
        else
        {
            item.Count += count;
        }
    }

    public void RemoveProduct(Guid productId, int? count = null)
    {
        var item = Items.FirstOrDefault(i => i.ProductId == productId);
        if (item == null)
        {
            return;
        }
        if (count == null || item.Count <= count)
        {
            Items.Remove(item);
        }
        else
        {
            item.Count -= count.Value;
        }
    }
}

[Serializable]
public class BasketItem
{
    public Guid ProductId { get; set; }
    public int Count { get; set; }
}

public class BasketItemDto
{
    public Guid ProductId { get; set; }
    public string ProductName { get; set; } = default!;
    public string ProductCode { get; set; } = default!;
    public string? ImageName { get; set; }
    public float UnitPrice { get; set; }
    public int Count { get; set; }
    public float TotalPrice => UnitPrice * Count;
}

public class BasketDto
{
    public Guid BuyerId { get; set; }
    public List<BasketItemDto> Items { get; set; } = new();
    public float TotalPrice => Items.Sum(i => i.TotalPrice);
}

public class AddBasketItemDto
{
    public Guid ProductId { get; set; }
    public int Count { get; set; } = 1;
    public Guid? AnonymousId { get; set; }
}

public class ProductInfo
{
    public Guid Id { get; set; }
    public string Name { get; set; } = default!;
    public string Code { get; set; } = default!;
    public float Price { get; set; }
    public int StockCount { get; set; }
    public string? ImageName { get; set; }
}

public interface IProductInfoProvider
{
    Task<ProductInfo> GetAsync(Guid productId);
}

/// <summary>Reads products from the catalog service's gRPC endpoint.</summary>
public class GrpcProductInfoProvider : IProductInfoProvider, ITransientDependency
{
    private readonly ProductPublic.ProductPublicClient _client;

    public GrpcProductInfoProvider(ProductPublic.ProductPublicClient client)
    {
        _client = client;
    }

    public async Task<ProductInfo> GetAsync(Guid productId)
    {
        var response = await _client.GetByIdAsync(new ProductRequest { Id = productId.ToString() });
        return new ProductInfo
        {
            Id = Guid.Parse(response.Id),
            Name = response.Name,
            Code = response.Code,
            Price = (float)response.Price,
            StockCount = response.StockCount,
            ImageName = response.ImageName
        };
    }
}

[AllowAnonymous]
public class BasketAppService : ApplicationService
{
    private readonly IDistributedCache<Basket, Guid> _basketCache;
    private readonly IProductInfoProvider _productInfoProvider;
    private readonly IAbpDistributedLock _distributedLock;

    public BasketAppService(
        IDistributedCache<Basket, Guid> basketCache,
        IProductInfoProvider productInfoProvider,
        IAbpDistributedLock distributedLock)
    {
        _basketCache = basketCache;
        _productInfoProvider = productInfoProvider;
        _distributedLock = distributedLock;
    }

    public async Task<BasketDto> GetAsync(Guid? anonymousId)
    {
        var basket = await GetBasketAsync(GetBuyerId(anonymousId));
        return await MapToDtoAsync(basket);
    }

    public async Task<BasketDto> AddProductAsync(AddBasketItemDto input)
    {
        var buyerId = GetBuyerId(input.AnonymousId);

        await using var handle = await _distributedLock.TryAcquireAsync($"Basket:{buyerId}", TimeSpan.FromSeconds(5));
        if (handle == null)
        {
            throw new UserFriendlyException("Your basket is being updated, please try again.");
        }

        var product = await _productInfoProvider.GetAsync(input.ProductId);
        var basket = await GetBasketAsync(buyerId);
        var existingCount = basket.Items.Where(i => i.ProductId == input.ProductId).Sum(i => i.Count);

        if (product.StockCount < existingCount + input.Count)
        {
            throw new UserFriendlyException($"There is not enough stock for {product.Name}.");
        }

        basket.AddProduct(input.ProductId, input.Count);
        await _basketCache.SetAsync(buyerId, basket);
        return await MapToDtoAsync(basket);
    }

    public async Task<BasketDto> RemoveProductAsync(Guid productId, Guid? anonymousId, int? count)
    {
        var buyerId = GetBuyerId(anonymousId);
        var basket = await GetBasketAsync(buyerId);
        basket.RemoveProduct(productId, count);
        await _basketCache.SetAsync(buyerId, basket);
        return await MapToDtoAsync(basket);
    }

    private Guid GetBuyerId(Guid? anonymousId)
    {
        return CurrentUser.Id ?? anonymousId ?? throw new UserFriendlyException("Anonymous basket id is required.");
    }

    private async Task<Basket> GetBasketAsync(Guid buyerId)
    {
        return await _basketCache.GetAsync(buyerId) ?? new Basket(buyerId);
    }

    private async Task<BasketDto> MapToDtoAsync(Basket basket)
    {
        var dto = new BasketDto { BuyerId = basket.BuyerId };
        foreach (var item in basket.Items)
        {
            var product = await _productInfoProvider.GetAsync(item.ProductId);
            dto.Items.Add(new BasketItemDto
            {
                ProductId = product.Id,
                ProductName = product.Name,
                ProductCode = product.Code,
                ImageName = product.ImageName,
                UnitPrice = product.Price,
                Count = item.Count
            });
        }
        return dto;
    }
}
