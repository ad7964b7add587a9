package routing

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
)

func TestProxyFetchRoutes(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/paths" {
			t.Errorf("path = %s; want /paths", r.URL.Path)
		}
		if r.URL.Query().Get("from") != "SESTO" {
			t.Errorf("from = %s; want SESTO", r.URL.Query().Get("from"))
		}
		w.Write([]byte(`{"paths":[{"edges":[{"origin":"SESTO","destination":"CNHKG","voyage":"0100S"}]}]}`))
	}))
	defer srv.Close()

	var rs Service
	rs = NewProxyingMiddleware(context.Background(), srv.URL)(rs)

	its := rs.FetchRoutesForSpecification(cargo.RouteSpecification{
		Origin:      location.SESTO,
		Destination: location.CNHKG,
	})
	if len(its) != 1 || len(its[0].Legs) != 1 {
		t.Fatalf("unexpected itineraries: %+v", its)
	}
	if its[0].Legs[0].VoyageNumber != "0100S" {
		t.Errorf("voyage = %s; want 0100S", its[0].Legs[0].VoyageNumber)
	}
}
