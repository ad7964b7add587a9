using System;
using System.Threading.Tasks;
using ParcelHub.Services.Orders.Application.DTO;
using ParcelHub.Services.Orders.Application.Services.Clients;

namespace ParcelHub.Services.Orders.Tests.Fakes
{
    public class FakePricingServiceClient : IPricingServiceClient
    {
        public Task<OrderPricingDto> GetOrderPriceAsync(Guid customerId, decimal orderPrice)
            => Task.FromResult(new OrderPricingDto
            {
                CustomerId = customerId,
                OrderPrice = orderPrice,
                CustomerDiscount = 0.1m,
                OrderDiscountPrice = orderPrice * 0.9m
            });
    }
}
