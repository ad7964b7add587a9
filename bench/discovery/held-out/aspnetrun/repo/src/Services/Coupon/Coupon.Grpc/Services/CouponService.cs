using AutoMapper;
using Coupon.Grpc.Protos;
using Coupon.Grpc.Repositories;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using System;
using System.Threading.Tasks;

namespace Coupon.Grpc.Services
{
    public class CouponService : CouponProtoService.CouponProtoServiceBase
    {
        private readonly ICouponRepository _repository;
        private readonly IMapper _mapper;
        private readonly ILogger<CouponService> _logger;

        public CouponService(ICouponRepository repository, IMapper mapper, ILogger<CouponService> logger)
        {
            _repository = repository ?? throw new ArgumentNullException(nameof(repository));
            _mapper = mapper ?? throw new ArgumentNullException(nameof(mapper));
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        }

        public override async Task<CouponModel> GetCoupon(GetCouponRequest request, ServerCallContext context)
        {
            var coupon = await _repository.GetCoupon(request.ProductName);
            if (coupon == null)
            {
                throw new RpcException(new Status(StatusCode.NotFound, $"Coupon with ProductName={request.ProductName} is not found."));
            }
            _logger.LogInformation("Coupon is retrieved for ProductName : {productName}, Amount : {amount}", coupon.ProductName, coupon.Amount);

            return _mapper.Map<CouponModel>(coupon);
        }

        public override async Task<CouponModel> CreateCoupon(CreateCouponRequest request, ServerCallContext context)
        {
            var coupon = _mapper.Map<CouponEntity>(request.Coupon);
            await _repository.CreateCoupon(coupon);
            _logger.LogInformation("Coupon is successfully created. ProductName : {ProductName}", coupon.ProductName);
            return _mapper.Map<CouponModel>(coupon);
        }

        public override async Task<CouponModel> UpdateCoupon(UpdateCouponRequest request, ServerCallContext context)
        {
            var coupon = _mapper.Map<CouponEntity>(request.Coupon);
            await _repository.UpdateCoupon(coupon);
            return _mapper.Map<CouponModel>(coupon);
        }

        public override async Task<DeleteCouponResponse> DeleteCoupon(DeleteCouponRequest request, ServerCallContext context)
        {
            var deleted = await _repository.DeleteCoupon(request.ProductName);
            return new DeleteCouponResponse { Success = deleted };
        }
    }

    public class CouponProfile : Profile
    {
        public CouponProfile()
        {
            CreateMap<CouponEntity, CouponModel>().ReverseMap();
        }
    }
}
