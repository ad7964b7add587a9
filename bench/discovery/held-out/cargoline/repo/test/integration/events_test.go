//go:build integration

package integration

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/go-kit/log"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
	natsbus "github.com/cargoline/cargoline/messaging/nats"
	"github.com/cargoline/cargoline/mongo"
)

func natsURL() string {
	if u := os.Getenv("NATS_URL"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

func mongoURL() string {
	if u := os.Getenv("MONGODB_URL"); u != "" {
		return u
	}
	return "mongodb://127.0.0.1:27017"
}

func TestHandlingEventRoundTrip(t *testing.T) {
	logger := log.NewNopLogger()

	nc, err := natsbus.Connect(natsURL(), "integration-test", logger)
	if err != nil {
		t.Skipf("nats not available: %v", err)
	}
	defer nc.Close()

	got := make(chan cargo.HandlingEvent, 1)
	if _, err := natsbus.Subscribe(nc, "it", func(e cargo.HandlingEvent) error {
		got <- e
		return nil
	}, logger); err != nil {
		t.Fatal(err)
	}

	pub := natsbus.NewPublisher(nc)
	want := cargo.HandlingEvent{
		TrackingID: "IT0001",
		Activity:   cargo.HandlingActivity{Type: cargo.Receive, Location: location.SESTO},
		Completed:  time.Now().UTC().Truncate(time.Second),
	}
	if err := pub.PublishHandlingEvent(context.Background(), want); err != nil {
		t.Fatal(err)
	}

	select {
	case e := <-got:
		if e.TrackingID != want.TrackingID || e.Activity.Type != cargo.Receive {
			t.Fatalf("got %+v; want %+v", e, want)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("timed out waiting for event")
	}
}

func TestMongoHandlingHistory(t *testing.T) {
	ctx := context.Background()
	client, err := mongo.Dial(ctx, mongoURL())
	if err != nil {
		t.Skipf("mongo not available: %v", err)
	}
	defer client.Disconnect(ctx)

	db := client.Database("cargoline_it")
	defer db.Drop(ctx)

	repo := mongo.NewHandlingEventRepository(db, "handling_event")
	repo.Store(cargo.HandlingEvent{TrackingID: "IT0002", Activity: cargo.HandlingActivity{Type: cargo.Load}})

	if n := len(repo.QueryHandlingHistory("IT0002").HandlingEvents); n != 1 {
		t.Fatalf("history length = %d; want 1", n)
	}
}
