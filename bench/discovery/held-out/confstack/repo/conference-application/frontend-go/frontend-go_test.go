package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestProxyToAgenda(t *testing.T) {
	agenda := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`[]`))
	}))
	defer agenda.Close()
	AgendaServiceUrl = agenda.URL

	req := httptest.NewRequest(http.MethodGet, "/api/agenda/agenda-items/", nil)
	rec := httptest.NewRecorder()
	agendaServiceHandler(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200 got %d", rec.Code)
	}
}

func TestEventsEmpty(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/api/events/", nil)
	rec := httptest.NewRecorder()
	eventsHandler(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200 got %d", rec.Code)
	}
}
