package route

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/services/config"
)

func TestRouteHandler(t *testing.T) {
	config.RouteCalcDelay = 0
	s := NewServer("127.0.0.1:0", zap.NewNop())

	req := httptest.NewRequest(http.MethodGet, "/route?pickup=0,0&dropoff=100,50", nil)
	rec := httptest.NewRecorder()
	s.route(rec, req)

	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var r Route
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r.ETA != 17*time.Minute {
		t.Errorf("eta = %v", r.ETA)
	}
}

func TestClientAgainstFakeServer(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = json.NewEncoder(w).Encode(Route{Pickup: "1,1", Dropoff: "2,2", ETA: time.Minute})
	}))
	defer fake.Close()

	c := NewClient(zap.NewNop(), fake.Listener.Addr().String())
	r, err := c.FindRoute(context.Background(), "1,1", "2,2")
	if err != nil {
		t.Fatal(err)
	}
	if r.ETA != time.Minute {
		t.Errorf("eta = %v", r.ETA)
	}
}
