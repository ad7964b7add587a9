package main

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestGetNotifications(t *testing.T) {
	s := server{}
	rec := httptest.NewRecorder()
	s.GetNotifications(rec, httptest.NewRequest(http.MethodGet, "/notifications/", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200 got %d", rec.Code)
	}
}
