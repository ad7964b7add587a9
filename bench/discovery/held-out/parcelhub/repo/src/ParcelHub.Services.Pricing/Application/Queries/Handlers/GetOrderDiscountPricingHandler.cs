using System.Threading.Tasks;
using Convey.CQRS.Queries;
using ParcelHub.Services.Pricing.Application.DTO;
using ParcelHub.Services.Pricing.Application.Services.Clients;
using ParcelHub.Services.Pricing.Core.Entities;
using ParcelHub.Services.Pricing.Core.Services;

namespace ParcelHub.Services.Pricing.Application.Queries.Handlers
{
    public class GetOrderDiscountPricingHandler : IQueryHandler<GetOrderDiscountPricing, OrderPricingDto>
    {
        private readonly ICustomersServiceClient _client;
        private readonly ICustomerDiscountsService _discountsService;

        public GetOrderDiscountPricingHandler(ICustomersServiceClient client,
            ICustomerDiscountsService discountsService)
        {
            _client = client;
            _discountsService = discountsService;
        }

        public async Task<OrderPricingDto> HandleAsync(GetOrderDiscountPricing query)
        {
            var customerDto = await _client.GetAsync(query.CustomerId);
            var customer = new Customer(customerDto.Id, customerDto.IsVip, customerDto.CompletedOrders);
            var discount = _discountsService.CalculateDiscount(customer);
            var discountPrice = (1 - discount) * query.OrderPrice;

            return new OrderPricingDto
            {
                CustomerId = customer.Id,
                OrderPrice = query.OrderPrice,
                CustomerDiscount = discount,
                OrderDiscountPrice = discountPrice
            };
        }
    }
}
