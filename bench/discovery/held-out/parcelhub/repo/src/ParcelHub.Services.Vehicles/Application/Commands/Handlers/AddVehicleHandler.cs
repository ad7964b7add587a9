using System.Threading.Tasks;
using Convey.CQRS.Commands;
using Convey.MessageBrokers;
using ParcelHub.Services.Vehicles.Application.Events;
using ParcelHub.Services.Vehicles.Core.Entities;
using ParcelHub.Services.Vehicles.Core.Repositories;

namespace ParcelHub.Services.Vehicles.Application.Commands.Handlers
{
    public sealed class AddVehicleHandler : ICommandHandler<AddVehicle>
    {
        private readonly IVehiclesRepository _repository;
        private readonly IBusPublisher _busPublisher;

        public AddVehicleHandler(IVehiclesRepository repository, IBusPublisher busPublisher)
        {
            _repository = repository;
            _busPublisher = busPublisher;
        }

        public async Task HandleAsync(AddVehicle command)
        {
            var vehicle = new Vehicle(command.VehicleId, command.Brand, command.Model, command.Description,
                command.PayloadCapacity, command.LoadingCapacity, command.PricePerService, command.Variants);
            await _repository.AddAsync(vehicle);
            await _busPublisher.PublishAsync(new VehicleAdded(command.VehicleId));
        }
    }
}
