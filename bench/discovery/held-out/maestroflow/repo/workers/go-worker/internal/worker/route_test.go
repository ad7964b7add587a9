package worker

import (
	"testing"

	"github.com/kestrel-commerce/routing-go-worker/internal/client"
)

func TestNearestPicksFrankfurtForMunich(t *testing.T) {
	w, _ := Nearest(48.14, 11.58)
	if w.ID != "WH-EU-2" {
		t.Fatalf("expected WH-EU-2, got %s", w.ID)
	}
}

func TestExecuteWithoutAddressFails(t *testing.T) {
	r := Execute(&client.Task{TaskID: "t1", InputData: map[string]interface{}{}}, "w1")
	if r.Status != "FAILED_WITH_TERMINAL_ERROR" {
		t.Fatalf("unexpected status %s", r.Status)
	}
}
