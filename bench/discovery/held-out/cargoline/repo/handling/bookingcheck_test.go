package handling

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestBookingClientExists(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/booking/v1/cargos/ABC123":
			w.Write([]byte(`{"cargo":{"tracking_id":"ABC123"}}`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	c := NewBookingClient(srv.URL+"/", time.Second)

	ok, err := c.Exists(context.Background(), "ABC123")
	if err != nil || !ok {
		t.Fatalf("Exists(ABC123) = %v, %v; want true, nil", ok, err)
	}

	ok, err = c.Exists(context.Background(), "NOPE")
	if err != nil || ok {
		t.Fatalf("Exists(NOPE) = %v, %v; want false, nil", ok, err)
	}
}

func TestBookingClientUnavailable(t *testing.T) {
	c := NewBookingClient("http://127.0.0.1:1", 100*time.Millisecond)
	if _, err := c.Exists(context.Background(), "ABC123"); err != ErrBookingUnavailable {
		t.Fatalf("err = %v; want %v", err, ErrBookingUnavailable)
	}
}
