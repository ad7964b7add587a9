using System;
using ParcelHub.Services.Parcels.Core.Exceptions;

namespace ParcelHub.Services.Parcels.Core.Entities
{
    public class Parcel : AggregateRoot
    {
        public Guid CustomerId { get; private set; }
        public Variant Variant { get; private set; }
        public Size Size { get; private set; }
        public string Name { get; private set; }
        public string Description { get; private set; }
        public DateTime CreatedAt { get; private set; }
        public Guid? OrderId { get; private set; }

        public Parcel(Guid id, Guid customerId, Variant variant, Size size, string name, string description,
            DateTime createdAt, Guid? orderId = null)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidParcelNameException(id, name);
            }

            Id = id;
            CustomerId = customerId;
            Variant = variant;
            Size = size;
            Name = name.Trim();
            Description = description?.Trim();
            CreatedAt = createdAt;
            OrderId = orderId;
        }

        public void AddToOrder(Guid orderId)
        {
            if (OrderId.HasValue)
            {
                throw new ParcelAlreadyAssignedToOrderException(Id, OrderId.Value);
            }

            OrderId = orderId;
        }

        public decimal CalculateVolume() => Size switch
        {
            Size.Small => 0.5m,
            Size.Medium => 1.0m,
            Size.Large => 2.5m,
            _ => 1.0m
        };
    }
}
