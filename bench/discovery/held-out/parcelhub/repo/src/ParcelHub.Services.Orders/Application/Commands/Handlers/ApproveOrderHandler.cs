using System.Linq;
using System.Threading.Tasks;
using Convey.CQRS.Commands;
using ParcelHub.Services.Orders.Application.Exceptions;
using ParcelHub.Services.Orders.Application.Services;
using ParcelHub.Services.Orders.Application.Services.Clients;
using ParcelHub.Services.Orders.Core.Repositories;

namespace ParcelHub.Services.Orders.Application.Commands.Handlers
{
    public class ApproveOrderHandler : ICommandHandler<ApproveOrder>
    {
        private readonly IOrderRepository _orderRepository;
        private readonly IPricingServiceClient _pricingServiceClient;
        private readonly IMessageBroker _messageBroker;
        private readonly IEventMapper _eventMapper;

        public ApproveOrderHandler(IOrderRepository orderRepository, IPricingServiceClient pricingServiceClient,
            IMessageBroker messageBroker, IEventMapper eventMapper)
        {
            _orderRepository = orderRepository;
            _pricingServiceClient = pricingServiceClient;
            _messageBroker = messageBroker;
            _eventMapper = eventMapper;
        }

        public async Task HandleAsync(ApproveOrder command)
        {
            var order = await _orderRepository.GetAsync(command.OrderId);
            if (order is null)
            {
                throw new OrderNotFoundException(command.OrderId);
            }

            var parcelsPrice = order.Parcels.Sum(p => p.Price);
            var pricing = await _pricingServiceClient.GetOrderPriceAsync(order.CustomerId, parcelsPrice);
            if (pricing is null)
            {
                throw new PricingNotAvailableException(order.Id);
            }

            order.Approve(pricing.OrderDiscountPrice);
            await _orderRepository.UpdateAsync(order);
            var events = _eventMapper.MapAll(order.Events);
            await _messageBroker.PublishAsync(events.ToArray());
        }
    }
}
