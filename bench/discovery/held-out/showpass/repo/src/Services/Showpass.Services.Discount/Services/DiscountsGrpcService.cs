using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Showpass.Grpc;
using Showpass.Services.Discount.DbContexts;

namespace Showpass.Services.Discount.Services;

public class DiscountsGrpcService : Discounts.DiscountsBase
{
    private readonly DiscountDbContext _db;

    public DiscountsGrpcService(DiscountDbContext db) => _db = db;

    public override async Task<GetCouponByIdResponse> GetCoupon(GetCouponByIdRequest request, ServerCallContext context)
    {
        var coupon = await _db.Coupons.FindAsync(Guid.Parse(request.CouponId))
            ?? throw new RpcException(new Status(StatusCode.NotFound, "coupon not found"));
        return new GetCouponByIdResponse { Coupon = Map(coupon) };
    }

    public override async Task<GetCouponByIdResponse> GetCouponByCode(GetCouponByCodeRequest request, ServerCallContext context)
    {
        var coupon = await _db.Coupons.FirstOrDefaultAsync(c => c.Code == request.Code)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "coupon not found"));
        return new GetCouponByIdResponse { Coupon = Map(coupon) };
    }

    public override async Task<UseCouponResponse> UseCoupon(UseCouponRequest request, ServerCallContext context)
    {
        var coupon = await _db.Coupons.FindAsync(Guid.Parse(request.CouponId));
        if (coupon is null || coupon.AlreadyUsed)
        {
            return new UseCouponResponse { Succeeded = false };
        }
        coupon.AlreadyUsed = true;
        await _db.SaveChangesAsync();
        return new UseCouponResponse { Succeeded = true };
    }

    private static Coupon Map(DbContexts.Coupon c) => new()
    {
        CouponId = c.CouponId.ToString(),
        Code = c.Code,
        Amount = c.Amount,
        AlreadyUsed = c.AlreadyUsed
    };
}
