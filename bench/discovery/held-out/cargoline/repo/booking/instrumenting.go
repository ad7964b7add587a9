package booking

import (
	"time"

	"github.com/go-kit/kit/metrics"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
)

type instrumentingService struct {
	requestCount   metrics.Counter
	requestLatency metrics.Histogram
	Service
}

// NewInstrumentingService returns an instance of an instrumenting Service.
func NewInstrumentingService(counter metrics.Counter, latency metrics.Histogram, s Service) Service {
	return &instrumentingService{
		requestCount:   counter,
		requestLatency: latency,
		Service:        s,
	}
}

func (s *instrumentingService) observe(method string, begin time.Time) {
	s.requestCount.With("method", method).Add(1)
	s.requestLatency.With("method", method).Observe(time.Since(begin).Seconds())
}

func (s *instrumentingService) BookNewCargo(origin, destination location.UNLocode, deadline time.Time) (cargo.TrackingID, error) {
	defer s.observe("book", time.Now())
	return s.Service.BookNewCargo(origin, destination, deadline)
}

func (s *instrumentingService) LoadCargo(id cargo.TrackingID) (Cargo, error) {
	defer s.observe("load", time.Now())
	return s.Service.LoadCargo(id)
}

func (s *instrumentingService) RequestPossibleRoutesForCargo(id cargo.TrackingID) []cargo.Itinerary {
	defer s.observe("request_routes", time.Now())
	return s.Service.RequestPossibleRoutesForCargo(id)
}

func (s *instrumentingService) AssignCargoToRoute(id cargo.TrackingID, itinerary cargo.Itinerary) error {
	defer s.observe("assign_to_route", time.Now())
	return s.Service.AssignCargoToRoute(id, itinerary)
}

func (s *instrumentingService) ChangeDestination(id cargo.TrackingID, l location.UNLocode) error {
	defer s.observe("change_destination", time.Now())
	return s.Service.ChangeDestination(id, l)
}

func (s *instrumentingService) Cargos() []Cargo {
	defer s.observe("list_cargos", time.Now())
	return s.Service.Cargos()
}

func (s *instrumentingService) Locations() []Location {
	defer s.observe("list_locations", time.Now())
	return s.Service.Locations()
}
