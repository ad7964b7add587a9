using System.Net.Http.Json;

namespace Showpass.Services.ShoppingBasket.Services;

/// <summary>
/// Pre-gRPC REST client for the Discount service. Only registered when Discount:UseGrpc=false.
/// </summary>
public class LegacyDiscountRestService : IDiscountService
{
    private readonly HttpClient _client;

    public LegacyDiscountRestService(HttpClient client) => _client = client;

    public Task<CouponDto?> GetCouponByCode(string code) =>
        _client.GetFromJsonAsync<CouponDto>($"/api/discount/code/{code}");

    public Task<CouponDto?> GetCoupon(Guid couponId) =>
        _client.GetFromJsonAsync<CouponDto>($"/api/discount/{couponId}");
}
