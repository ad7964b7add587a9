package route

import (
	"context"
	"expvar"
	"time"
)

var (
	routeCalcByCustomer = expvar.NewMap("route.calc.by.customer.sec")
	routeCalcBySession  = expvar.NewMap("route.calc.by.session.sec")
)

// updateCalcStats aggregates route computation time by the baggage items the
// frontend propagates (customer and session). Exposed on /debug/vars.
func updateCalcStats(ctx context.Context, d time.Duration) {
	customer, session := baggageItems(ctx)
	if customer != "" {
		routeCalcByCustomer.AddFloat(customer, d.Seconds())
	}
	if session != "" {
		routeCalcBySession.AddFloat(session, d.Seconds())
	}
}
