package messaging

import (
	"context"

	"github.com/cargoline/cargoline/cargo"
)

// Discard is a publisher that drops every event. Used with -broker=none.
type Discard struct{}

// PublishHandlingEvent implements handling.EventPublisher.
func (Discard) PublishHandlingEvent(context.Context, cargo.HandlingEvent) error { return nil }
