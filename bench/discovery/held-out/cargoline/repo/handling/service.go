// Package handling provides the use-case for registering incidents. Used by
// views facing the people handling the cargo along its route.
//
// Since v0.6 handling runs as its own process (cmd/handlingsvc). Registered
// events are persisted locally and then announced on the event stream; the
// shipping service picks them up to update delivery status.
package handling

import (
	"context"
	"errors"
	"time"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/voyage"
)

// ErrInvalidArgument is returned when one or more arguments are invalid.
var ErrInvalidArgument = errors.New("invalid argument")

// EventPublisher announces that a handling event has been registered.
type EventPublisher interface {
	PublishHandlingEvent(ctx context.Context, e cargo.HandlingEvent) error
}

// CargoChecker tells whether a tracking id belongs to a booked cargo.
type CargoChecker interface {
	Exists(ctx context.Context, id cargo.TrackingID) (bool, error)
}

// Service provides handling operations.
type Service interface {
	// RegisterHandlingEvent registers a handling event in the system, and
	// notifies interested parties that a cargo has been handled.
	RegisterHandlingEvent(completed time.Time, id cargo.TrackingID, voyageNumber voyage.Number,
		unLocode location.UNLocode, eventType cargo.HandlingEventType) error
}

type service struct {
	handlingEventRepository cargo.HandlingEventRepository
	locations               location.Repository
	voyages                 voyage.Repository
	cargos                  CargoChecker
	publisher               EventPublisher
}

func (s *service) RegisterHandlingEvent(completed time.Time, id cargo.TrackingID, voyageNumber voyage.Number,
	loc location.UNLocode, eventType cargo.HandlingEventType) error {
	if completed.IsZero() || id == "" || loc == "" || eventType == cargo.NotHandled {
		return ErrInvalidArgument
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	ok, err := s.cargos.Exists(ctx, id)
	if err != nil {
		return err
	}
	if !ok {
		return cargo.ErrUnknown
	}

	if _, err := s.locations.Find(loc); err != nil {
		return err
	}

	if voyageNumber != "" {
		if _, err := s.voyages.Find(voyageNumber); err != nil {
			return err
		}
	}

	e := cargo.HandlingEvent{
		TrackingID: id,
		Activity: cargo.HandlingActivity{
			Type:         eventType,
			Location:     loc,
			VoyageNumber: voyageNumber,
		},
		Completed:  completed,
		Registered: time.Now().UTC(),
	}

	s.handlingEventRepository.Store(e)

	return s.publisher.PublishHandlingEvent(ctx, e)
}

// NewService creates a handling event service with necessary dependencies.
func NewService(r cargo.HandlingEventRepository, locations location.Repository, voyages voyage.Repository,
	cargos CargoChecker, p EventPublisher) Service {
	return &service{
		handlingEventRepository: r,
		locations:               locations,
		voyages:                 voyages,
		cargos:                  cargos,
		publisher:               p,
	}
}
