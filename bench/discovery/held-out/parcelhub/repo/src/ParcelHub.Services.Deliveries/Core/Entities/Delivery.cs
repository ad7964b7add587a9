using System;
using System.Collections.Generic;
using ParcelHub.Services.Deliveries.Core.Events;
using ParcelHub.Services.Deliveries.Core.Exceptions;

namespace ParcelHub.Services.Deliveries.Core.Entities
{
    public class Delivery : AggregateRoot
    {
        private ISet<DeliveryRegistration> _registrations = new HashSet<DeliveryRegistration>();

        public Guid OrderId { get; private set; }
        public DeliveryStatus Status { get; private set; }
        public DateTime? LastUpdate { get; private set; }
        public IEnumerable<DeliveryRegistration> Registrations => _registrations;

        public Delivery(Guid id, Guid orderId, DeliveryStatus status, IEnumerable<DeliveryRegistration> registrations = null)
        {
            Id = id;
            OrderId = orderId;
            Status = status;
            _registrations = new HashSet<DeliveryRegistration>(registrations ?? Array.Empty<DeliveryRegistration>());
        }

        public static Delivery Create(Guid id, Guid orderId, DeliveryStatus status)
        {
            var delivery = new Delivery(id, orderId, status);
            delivery.AddEvent(new DeliveryStateChanged(delivery));
            return delivery;
        }

        public void AddRegistration(DeliveryRegistration registration)
        {
            if (Status != DeliveryStatus.InProgress)
            {
                throw new CannotAddDeliveryRegistrationException(Id, Status);
            }

            _registrations.Add(registration);
            LastUpdate = registration.DateTime;
        }

        public void Complete(DateTime dateTime)
        {
            if (Status != DeliveryStatus.InProgress)
            {
                throw new CannotChangeDeliveryStateException(Id, Status, DeliveryStatus.Completed);
            }

            Status = DeliveryStatus.Completed;
            LastUpdate = dateTime;
            AddEvent(new DeliveryStateChanged(this));
        }
    }
}
