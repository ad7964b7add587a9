using System.Threading.Tasks;
using Convey.CQRS.Commands;
using ParcelHub.Services.Deliveries.Application.Exceptions;
using ParcelHub.Services.Deliveries.Application.Services;
using ParcelHub.Services.Deliveries.Core.Entities;
using ParcelHub.Services.Deliveries.Core.Repositories;

namespace ParcelHub.Services.Deliveries.Application.Commands.Handlers
{
    internal sealed class StartDeliveryHandler : ICommandHandler<StartDelivery>
    {
        private readonly IDeliveriesRepository _repository;
        private readonly IDateTimeProvider _dateTimeProvider;
        private readonly IEventProcessor _eventProcessor;
        // private readonly IVehiclesServiceClient _vehiclesServiceClient;

        public StartDeliveryHandler(IDeliveriesRepository repository, IDateTimeProvider dateTimeProvider,
            IEventProcessor eventProcessor)
        {
            _repository = repository;
            _dateTimeProvider = dateTimeProvider;
            _eventProcessor = eventProcessor;
        }

        public async Task HandleAsync(StartDelivery command)
        {
            var delivery = await _repository.GetForOrderAsync(command.OrderId);
            if (delivery is {} && delivery.Status != DeliveryStatus.Failed)
            {
                throw new DeliveryAlreadyStartedException(command.OrderId);
            }

            // TODO: re-enable once vehicles-service exposes /vehicles/{id}/capacity
            // var vehicle = await _vehiclesServiceClient.GetAsync(command.VehicleId);
            // if (vehicle is null) throw new VehicleNotFoundException(command.VehicleId);

            delivery = Delivery.Create(command.DeliveryId, command.OrderId, DeliveryStatus.InProgress);
            delivery.AddRegistration(new DeliveryRegistration(command.Description, _dateTimeProvider.Now));
            await _repository.AddAsync(delivery);
            await _eventProcessor.ProcessAsync(delivery.Events);
        }
    }
}
