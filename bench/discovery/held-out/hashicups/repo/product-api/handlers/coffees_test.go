package handlers

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gorilla/mux"
	"github.com/hashicorp/go-hclog"

	"github.com/kettleco/shop/product-api/data"
)

func router(s data.Store) *mux.Router {
	c := NewCoffees(s, hclog.NewNullLogger())
	r := mux.NewRouter()
	r.HandleFunc("/coffees", c.List)
	r.HandleFunc("/coffees/{id}", c.Get)
	r.HandleFunc("/health", Health(s))
	return r
}

func TestListCoffees(t *testing.T) {
	s := &data.MemoryStore{Items: []data.Coffee{{ID: 1, Name: "Cortado"}}}
	rr := httptest.NewRecorder()
	router(s).ServeHTTP(rr, httptest.NewRequest("GET", "/coffees", nil))
	if rr.Code != http.StatusOK {
		t.Fatalf("status %d", rr.Code)
	}
}

func TestGetMissingCoffee(t *testing.T) {
	rr := httptest.NewRecorder()
	router(&data.MemoryStore{}).ServeHTTP(rr, httptest.NewRequest("GET", "/coffees/42", nil))
	if rr.Code != http.StatusNotFound {
		t.Fatalf("status %d", rr.Code)
	}
}

func TestHealthWhenDBDown(t *testing.T) {
	rr := httptest.NewRecorder()
	router(&data.MemoryStore{Unavailable: true}).ServeHTTP(rr, httptest.NewRequest("GET", "/health", nil))
	if rr.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d", rr.Code)
	}
}
