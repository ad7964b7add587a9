package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/modules/compose"
	"github.com/testcontainers/testcontainers-go/wait"
)

func TestAgendaItems(t *testing.T) {
	c, err := compose.NewDockerCompose("tests/docker-compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Down(context.Background(), compose.RemoveOrphans(true)) })
	ctx := context.Background()
	err = c.WaitForService("redis", wait.ForListeningPort("6379/tcp")).
		WaitForService("kafka", wait.ForListeningPort("9094/tcp")).Up(ctx, compose.Wait(true))
	if err != nil {
		t.Fatal(err)
	}
	_ = testcontainers.Container(nil)

	r := NewChiServer()
	req := httptest.NewRequest(http.MethodPost, "/agenda-items/", strings.NewReader(`{"title":"t","author":"a"}`))
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200, got %d", rec.Code)
	}
}
