using System;
using ParcelHub.Services.Customers.Core.Exceptions;

namespace ParcelHub.Services.Customers.Core.Entities
{
    public class Customer : AggregateRoot
    {
        public string Email { get; private set; }
        public string FullName { get; private set; }
        public string Address { get; private set; }
        public bool IsVip { get; private set; }
        public State State { get; private set; }
        public DateTime CreatedAt { get; private set; }

        public Customer(Guid id, string email, DateTime createdAt) : this(id, email, createdAt, string.Empty,
            string.Empty, false, State.Incomplete)
        {
        }

        public Customer(Guid id, string email, DateTime createdAt, string fullName, string address, bool isVip,
            State state)
        {
            Id = id;
            Email = email;
            CreatedAt = createdAt;
            FullName = fullName;
            Address = address;
            IsVip = isVip;
            State = state;
        }

        public void CompleteRegistration(string fullName, string address)
        {
            if (string.IsNullOrWhiteSpace(fullName))
            {
                throw new InvalidCustomerFullNameException(Id, fullName);
            }

            if (State != State.Incomplete)
            {
                throw new CannotChangeCustomerStateException(Id, State);
            }

            FullName = fullName;
            Address = address;
            State = State.Valid;
            AddEvent(new Events.CustomerRegistrationCompleted(this));
        }

        public void SetVip() => IsVip = true;
    }
}
