package shipping

import (
	"testing"
	"time"

	"github.com/go-kit/log"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/inmem"
	"github.com/cargoline/cargoline/inspection"
	"github.com/cargoline/cargoline/location"
)

type nopHandler struct{ misdirected, arrived int }

func (h *nopHandler) CargoWasMisdirected(*cargo.Cargo) { h.misdirected++ }
func (h *nopHandler) CargoHasArrived(*cargo.Cargo)     { h.arrived++ }

func TestEventConsumerStoresAndInspects(t *testing.T) {
	cargos := inmem.NewCargoRepository()
	history := inmem.NewHandlingEventRepository()

	c := cargo.New("TEST01", cargo.RouteSpecification{
		Origin:          location.SESTO,
		Destination:     location.CNHKG,
		ArrivalDeadline: time.Now().Add(48 * time.Hour),
	})
	cargos.Store(c)

	h := &nopHandler{}
	consumer := NewEventConsumer(history, inspection.NewService(cargos, history, h), log.NewNopLogger())

	err := consumer.Handle(cargo.HandlingEvent{
		TrackingID: "TEST01",
		Activity:   cargo.HandlingActivity{Type: cargo.Receive, Location: location.SESTO},
		Completed:  time.Now(),
	})
	if err != nil {
		t.Fatal(err)
	}

	if got := len(history.QueryHandlingHistory("TEST01").HandlingEvents); got != 1 {
		t.Fatalf("history length = %d; want 1", got)
	}

	stored, _ := cargos.Find("TEST01")
	if stored.Delivery.TransportStatus != cargo.InPort {
		t.Errorf("transport status = %v; want %v", stored.Delivery.TransportStatus, cargo.InPort)
	}
}
