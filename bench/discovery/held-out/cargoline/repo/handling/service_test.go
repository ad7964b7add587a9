package handling

import (
	"context"
	"testing"
	"time"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/inmem"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/voyage"
)

type recordingPublisher struct{ events []cargo.HandlingEvent }

func (p *recordingPublisher) PublishHandlingEvent(_ context.Context, e cargo.HandlingEvent) error {
	p.events = append(p.events, e)
	return nil
}

type knownCargos map[cargo.TrackingID]bool

func (k knownCargos) Exists(_ context.Context, id cargo.TrackingID) (bool, error) { return k[id], nil }

func TestRegisterHandlingEvent(t *testing.T) {
	var (
		events    = inmem.NewHandlingEventRepository()
		locations = inmem.NewLocationRepository()
		voyages   = inmem.NewVoyageRepository()
		pub       = &recordingPublisher{}
	)

	s := NewService(events, locations, voyages, knownCargos{"ABC123": true}, pub)

	err := s.RegisterHandlingEvent(time.Now(), "ABC123", voyage.V100.Number, location.CNHKG, cargo.Load)
	if err != nil {
		t.Fatal(err)
	}

	if len(pub.events) != 1 {
		t.Fatalf("published %d events; want 1", len(pub.events))
	}
	if got := events.QueryHandlingHistory("ABC123").HandlingEvents; len(got) != 1 {
		t.Fatalf("stored %d events; want 1", len(got))
	}
}

func TestRegisterHandlingEventUnknownCargo(t *testing.T) {
	s := NewService(inmem.NewHandlingEventRepository(), inmem.NewLocationRepository(),
		inmem.NewVoyageRepository(), knownCargos{}, &recordingPublisher{})

	err := s.RegisterHandlingEvent(time.Now(), "NOPE", "", location.SESTO, cargo.Receive)
	if err != cargo.ErrUnknown {
		t.Fatalf("err = %v; want %v", err, cargo.ErrUnknown)
	}
}
