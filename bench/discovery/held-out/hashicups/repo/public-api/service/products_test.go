package service

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestCoffeesFromFakeProductAPI(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/coffees" {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode([]Coffee{{ID: 1, Name: "Flat White", Price: 3.2}})
	}))
	defer fake.Close()

	svc := NewProductService(fake.URL, time.Second)
	cs, err := svc.Coffees(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Name != "Flat White" {
		t.Fatalf("unexpected %+v", cs)
	}
}

func TestProductAPIDown(t *testing.T) {
	svc := NewProductService("http://127.0.0.1:1", 100*time.Millisecond)
	if _, err := svc.Coffees(context.Background()); err == nil {
		t.Fatal("expected error")
	}
}
