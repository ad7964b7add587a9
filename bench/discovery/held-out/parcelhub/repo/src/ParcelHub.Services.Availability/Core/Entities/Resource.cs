using System;
using System.Collections.Generic;
using System.Linq;
using ParcelHub.Services.Availability.Core.Events;
using ParcelHub.Services.Availability.Core.Exceptions;
using ParcelHub.Services.Availability.Core.ValueObjects;

namespace ParcelHub.Services.Availability.Core.Entities
{
    public class Resource : AggregateRoot
    {
        private ISet<string> _tags = new HashSet<string>();
        private ISet<Reservation> _reservations = new HashSet<Reservation>();

        public IEnumerable<string> Tags
        {
            get => _tags;
            private set => _tags = new HashSet<string>(value);
        }

        public IEnumerable<Reservation> Reservations
        {
            get => _reservations;
            private set => _reservations = new HashSet<Reservation>(value);
        }

        public Resource(Guid id, IEnumerable<string> tags, IEnumerable<Reservation> reservations = null, int version = 0)
        {
            ValidateTags(tags);
            Id = id;
            Tags = tags;
            Reservations = reservations ?? Enumerable.Empty<Reservation>();
            Version = version;
        }

        private static void ValidateTags(IEnumerable<string> tags)
        {
            if (tags is null || !tags.Any())
            {
                throw new MissingResourceTagsException();
            }

            if (tags.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidResourceTagsException();
            }
        }

        public void AddReservation(Reservation reservation)
        {
            var hasCollidingReservation = _reservations.Any(r => r.DateTime.Date == reservation.DateTime.Date);
            if (hasCollidingReservation)
            {
                var collidingReservation = _reservations.First(r => r.DateTime.Date == reservation.DateTime.Date);
                if (collidingReservation.Priority >= reservation.Priority)
                {
                    throw new CannotExpropriateReservationException(Id, reservation.DateTime.Date);
                }

                _reservations.Remove(collidingReservation);
                AddEvent(new ReservationCanceled(this, collidingReservation));
            }

            _reservations.Add(reservation);
            AddEvent(new ReservationAdded(this, reservation));
        }
    }
}
