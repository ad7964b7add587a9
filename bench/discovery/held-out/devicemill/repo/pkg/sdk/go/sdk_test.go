package sdk_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
)

func TestCreateThing(t *testing.T) {
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/things" || r.Header.Get("Authorization") != "Bearer tok" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(map[string]string{"id": "th-1", "name": "sensor"})
	}))
	defer ts.Close()

	s := sdk.NewSDK(sdk.Config{ThingsURL: ts.URL})
	th, err := s.CreateThing(sdk.Thing{Name: "sensor"}, "tok")
	if err != nil {
		t.Fatalf("unexpected error: %s", err)
	}
	if th.ID != "th-1" {
		t.Fatalf("expected th-1, got %s", th.ID)
	}
}

func TestNotConfigured(t *testing.T) {
	s := sdk.NewSDK(sdk.Config{})
	if _, err := s.ReadMessages("ch", "tok"); err != sdk.ErrNotConfigured {
		t.Fatalf("expected ErrNotConfigured, got %v", err)
	}
}
