package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/modules/postgres"
)

func TestCreateProposal(t *testing.T) {
	ctx := context.Background()
	pg, err := postgres.RunContainer(ctx,
		testcontainers.WithImage("postgres:15.3-alpine"),
		postgres.WithInitScripts("init.sql"),
		postgres.WithUsername("postgres"), postgres.WithPassword("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Terminate(ctx)
	host, _ := pg.Host(ctx)
	port, _ := pg.MappedPort(ctx, "5432")
	PostgresqlHost, PostgresqlPort = host, port.Port()

	agenda := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(`{"id":"1"}`)) }))
	defer agenda.Close()
	t.Setenv("AGENDA_SERVICE_URL", agenda.URL)
	t.Setenv("NOTIFICATIONS_SERVICE_URL", agenda.URL)

	r := NewChiServer()
	req := httptest.NewRequest(http.MethodPost, "/proposals/", strings.NewReader(`{"title":"t","email":"a@b.c"}`))
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Fatalf("expected 200 got %d", rec.Code)
	}
}
