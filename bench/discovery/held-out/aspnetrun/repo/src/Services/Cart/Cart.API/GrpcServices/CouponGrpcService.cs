using Coupon.Grpc.Protos;
using System;
using System.Threading.Tasks;

namespace Cart.API.GrpcServices
{
    public class CouponGrpcService
    {
        private readonly CouponProtoService.CouponProtoServiceClient _couponProtoService;

        public CouponGrpcService(CouponProtoService.CouponProtoServiceClient couponProtoService)
        {
            _couponProtoService = couponProtoService ?? throw new ArgumentNullException(nameof(couponProtoService));
        }

        public async Task<CouponModel> GetCoupon(string productName)
        {
            var couponRequest = new GetCouponRequest { ProductName = productName };
            return await _couponProtoService.GetCouponAsync(couponRequest);
        }
    }
}
