using Showpass.Grpc;

namespace Showpass.Services.ShoppingBasket.Services;

public record CouponDto(Guid CouponId, string Code, int Amount, bool AlreadyUsed);

public interface IDiscountService
{
    Task<CouponDto?> GetCouponByCode(string code);
    Task<CouponDto?> GetCoupon(Guid couponId);
}

/// <summary>gRPC client for Showpass.Services.Discount (Discounts service in discount.proto).</summary>
public class DiscountService : IDiscountService
{
    private readonly Discounts.DiscountsClient _client;

    public DiscountService(Discounts.DiscountsClient client) => _client = client;

    public async Task<CouponDto?> GetCouponByCode(string code)
    {
        var response = await _client.GetCouponByCodeAsync(new GetCouponByCodeRequest { Code = code });
        return Map(response.Coupon);
    }

    public async Task<CouponDto?> GetCoupon(Guid couponId)
    {
        var response = await _client.GetCouponAsync(new GetCouponByIdRequest { CouponId = couponId.ToString() });
        return Map(response.Coupon);
    }

    private static CouponDto? Map(Coupon? c) =>
        c is null ? null : new CouponDto(Guid.Parse(c.CouponId), c.Code, c.Amount, c.AlreadyUsed);
}
