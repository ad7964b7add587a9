using System;
using System.Threading.Tasks;
using ParcelHub.Services.Orders.Application.DTO;

namespace ParcelHub.Services.Orders.Application.Services.Clients
{
    public interface IPricingServiceClient
    {
        Task<OrderPricingDto> GetOrderPriceAsync(Guid customerId, decimal orderPrice);
    }
}
