package route

import (
	"context"

	"go.opentelemetry.io/otel/baggage"
)

func baggageItems(ctx context.Context) (customer, session string) {
	b := baggage.FromContext(ctx)
	return b.Member("customer").Value(), b.Member("session").Value()
}
