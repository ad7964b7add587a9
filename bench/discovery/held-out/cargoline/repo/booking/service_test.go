package booking

import (
	"testing"
	"time"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/inmem"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/voyage"
)

type stubRoutingService struct{}

func (s *stubRoutingService) FetchRoutesForSpecification(rs cargo.RouteSpecification) []cargo.Itinerary {
	legs := []cargo.Leg{
		{LoadLocation: rs.Origin, UnloadLocation: rs.Destination, VoyageNumber: voyage.V100.Number},
	}
	return []cargo.Itinerary{{Legs: legs}}
}

func TestBookNewCargo(t *testing.T) {
	var (
		cargos    = inmem.NewCargoRepository()
		locations = inmem.NewLocationRepository()
		events    = inmem.NewHandlingEventRepository()
	)

	s := NewService(cargos, locations, events, &stubRoutingService{})

	deadline := time.Date(2026, time.December, 24, 0, 0, 0, 0, time.UTC)

	id, err := s.BookNewCargo(location.SESTO, location.AUMEL, deadline)
	if err != nil {
		t.Fatal(err)
	}

	c, err := cargos.Find(id)
	if err != nil {
		t.Fatal(err)
	}

	if c.TrackingID != id {
		t.Errorf("c.TrackingID = %s; want = %s", c.TrackingID, id)
	}
	if c.Origin != location.SESTO {
		t.Errorf("c.Origin = %s; want = %s", c.Origin, location.SESTO)
	}
	if c.RouteSpecification.Destination != location.AUMEL {
		t.Errorf("destination = %s; want = %s", c.RouteSpecification.Destination, location.AUMEL)
	}
}

func TestRequestPossibleRoutes(t *testing.T) {
	var (
		cargos    = inmem.NewCargoRepository()
		locations = inmem.NewLocationRepository()
		events    = inmem.NewHandlingEventRepository()
	)

	s := NewService(cargos, locations, events, &stubRoutingService{})

	id, _ := s.BookNewCargo(location.SESTO, location.CNHKG, time.Now().Add(72*time.Hour))

	routes := s.RequestPossibleRoutesForCargo(id)
	if len(routes) != 1 {
		t.Fatalf("len(routes) = %d; want = 1", len(routes))
	}
	if err := s.AssignCargoToRoute(id, routes[0]); err != nil {
		t.Fatal(err)
	}

	if _, err := s.LoadCargo("nope"); err != cargo.ErrUnknown {
		t.Errorf("err = %v; want = %v", err, cargo.ErrUnknown)
	}
}
