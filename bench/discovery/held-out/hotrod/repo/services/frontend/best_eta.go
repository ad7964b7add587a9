package frontend

import (
	"context"
	"errors"
	"math"
	"sync"
	"time"

	"go.opentelemetry.io/otel/baggage"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/pool"
	"github.com/quickcab/quickcab/services/config"
	"github.com/quickcab/quickcab/services/customer"
	"github.com/quickcab/quickcab/services/driver"
	"github.com/quickcab/quickcab/services/route"
)

type customerGetter interface {
	Get(ctx context.Context, customerID string) (*customer.Customer, error)
}

type driverFinder interface {
	FindNearest(ctx context.Context, location string) ([]driver.Driver, error)
}

type routeFinder interface {
	FindRoute(ctx context.Context, pickup, dropoff string) (*route.Route, error)
}

type bestETA struct {
	customer customerGetter
	driver   driverFinder
	route    routeFinder
	pool     *pool.Pool
	logger   *zap.Logger
}

// Response is what /dispatch returns.
type Response struct {
	Driver string        `json:"driver"`
	ETA    time.Duration `json:"eta"`
}

func newBestETA(options ConfigOptions, logger *zap.Logger) *bestETA {
	return &bestETA{
		customer: customer.NewClient(logger, options.CustomerHostPort),
		driver:   driver.NewClient(logger, options.DriverHostPort),
		route:    route.NewClient(logger, options.RouteHostPort),
		pool:     pool.New(config.RouteWorkerPoolSize),
		logger:   logger,
	}
}

// Get finds the car with the shortest ETA to the customer's location.
func (eta *bestETA) Get(ctx context.Context, customerID string) (*Response, error) {
	cust, err := eta.customer.Get(ctx, customerID)
	if err != nil {
		return nil, err
	}
	eta.logger.Info("found customer", zap.String("customer", cust.Name))

	m, _ := baggage.NewMember("customer", cust.ID)
	b, _ := baggage.FromContext(ctx).SetMember(m)
	ctx = baggage.ContextWithBaggage(ctx, b)

	drivers, err := eta.driver.FindNearest(ctx, cust.Location)
	if err != nil {
		return nil, err
	}
	eta.logger.Info("found drivers", zap.Int("count", len(drivers)))

	results := eta.getRoutes(ctx, cust, drivers)

	resp := &Response{ETA: math.MaxInt64}
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		if r.route.ETA < resp.ETA {
			resp.ETA = r.route.ETA
			resp.Driver = r.driver
		}
	}
	if resp.Driver == "" {
		return nil, errors.New("no routes found")
	}
	eta.logger.Info("dispatch successful", zap.String("driver", resp.Driver), zap.Duration("eta", resp.ETA))
	return resp, nil
}

type routeResult struct {
	driver string
	route  *route.Route
	err    error
}

// getRoutes calls the route service once per driver, config.RouteWorkerPoolSize at a time.
func (eta *bestETA) getRoutes(ctx context.Context, cust *customer.Customer, drivers []driver.Driver) []routeResult {
	results := make([]routeResult, 0, len(drivers))
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, d := range drivers {
		wg.Add(1)
		d := d
		eta.pool.Execute(func() {
			defer wg.Done()
			r, err := eta.route.FindRoute(ctx, d.Location, cust.Location)
			mu.Lock()
			results = append(results, routeResult{driver: d.DriverID, route: r, err: err})
			mu.Unlock()
		})
	}
	wg.Wait()
	return results
}
