using System.Threading.Tasks;
using Convey.CQRS.Events;
using ParcelHub.Services.Customers.Application.Exceptions;
using ParcelHub.Services.Customers.Core.Entities;
using ParcelHub.Services.Customers.Core.Repositories;

namespace ParcelHub.Services.Customers.Application.Events.External.Handlers
{
    public class SignedUpHandler : IEventHandler<SignedUp>
    {
        private const string RequiredRole = "user";
        private readonly ICustomerRepository _customerRepository;
        private readonly IDateTimeProvider _dateTimeProvider;

        public SignedUpHandler(ICustomerRepository customerRepository, IDateTimeProvider dateTimeProvider)
        {
            _customerRepository = customerRepository;
            _dateTimeProvider = dateTimeProvider;
        }

        public async Task HandleAsync(SignedUp @event)
        {
            if (@event.Role != RequiredRole)
            {
                throw new InvalidRoleException(@event.UserId, @event.Role, RequiredRole);
            }

            var customer = await _customerRepository.GetAsync(@event.UserId);
            if (customer is {})
            {
                throw new CustomerAlreadyCreatedException(customer.Id);
            }

            customer = new Customer(@event.UserId, @event.Email, _dateTimeProvider.Now);
            await _customerRepository.AddAsync(customer);
        }
    }
}
