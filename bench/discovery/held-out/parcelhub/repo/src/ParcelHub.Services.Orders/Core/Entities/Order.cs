using System;
using System.Collections.Generic;
using System.Linq;
using ParcelHub.Services.Orders.Core.Events;
using ParcelHub.Services.Orders.Core.Exceptions;

namespace ParcelHub.Services.Orders.Core.Entities
{
    public class Order : AggregateRoot
    {
        private ISet<Parcel> _parcels = new HashSet<Parcel>();

        public Guid CustomerId { get; private set; }
        public Guid? VehicleId { get; private set; }
        public OrderStatus Status { get; private set; }
        public DateTime CreatedAt { get; private set; }
        public decimal TotalPrice { get; private set; }
        public IEnumerable<Parcel> Parcels => _parcels;

        public Order(Guid id, Guid customerId, OrderStatus status, DateTime createdAt,
            IEnumerable<Parcel> parcels = null, decimal totalPrice = 0)
        {
            Id = id;
            CustomerId = customerId;
            Status = status;
            CreatedAt = createdAt;
            TotalPrice = totalPrice;
            _parcels = new HashSet<Parcel>(parcels ?? Enumerable.Empty<Parcel>());
        }

        public bool AddParcel(Parcel parcel)
        {
            if (Status != OrderStatus.New)
            {
                throw new CannotAddParcelToOrderException(Id, parcel.Id);
            }

            if (!_parcels.Add(parcel))
            {
                return false;
            }

            AddEvent(new ParcelAdded(this, parcel));
            return true;
        }

        public void Approve(decimal totalPrice)
        {
            if (Status != OrderStatus.New || !_parcels.Any())
            {
                throw new CannotChangeOrderStateException(Id, Status, OrderStatus.Approved);
            }

            TotalPrice = totalPrice;
            Status = OrderStatus.Approved;
            AddEvent(new OrderStateChanged(this));
        }

        public void Cancel(string reason)
        {
            if (Status == OrderStatus.Delivered || Status == OrderStatus.Canceled)
            {
                throw new CannotChangeOrderStateException(Id, Status, OrderStatus.Canceled);
            }

            Status = OrderStatus.Canceled;
            AddEvent(new OrderStateChanged(this));
        }
    }
}
