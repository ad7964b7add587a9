// Package shipping wires the booking and tracking side of cargoline to the
// handling event stream.
package shipping

import (
	"github.com/go-kit/log"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/inspection"
)

// EventConsumer reacts to handling events announced by the handling service.
// It keeps the local handling history (used by tracking and booking read
// models) up to date and re-inspects the affected cargo.
type EventConsumer struct {
	history   cargo.HandlingEventRepository
	inspector inspection.Service
	logger    log.Logger
}

// NewEventConsumer returns a consumer storing into history.
func NewEventConsumer(history cargo.HandlingEventRepository, inspector inspection.Service, logger log.Logger) *EventConsumer {
	return &EventConsumer{history: history, inspector: inspector, logger: logger}
}

// Handle implements messaging.Handler.
func (c *EventConsumer) Handle(e cargo.HandlingEvent) error {
	c.history.Store(e)
	c.inspector.InspectCargo(e.TrackingID)
	c.logger.Log("event", "handling_registered", "tracking_id", e.TrackingID, "type", e.Activity.Type)
	return nil
}
