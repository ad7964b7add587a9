package main

import (
	"context"
	"os"
	"testing"
	"time"
)

// Integration test against a throwaway Mongo. In CI the workflow starts a
// mongo service container and exports MONGO_TEST_URI.
func TestMongoRepository_FindAvailable(t *testing.T) {
	uri := os.Getenv("MONGO_TEST_URI")
	if uri == "" {
		t.Skip("MONGO_TEST_URI not set (e.g. mongodb://localhost:27017)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	client, err := CreateClient(ctx, uri, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(ctx)

	coll := client.Database("freightyard_test").Collection("vessels")
	defer coll.Drop(ctx)

	repo := &MongoRepository{coll}
	if err := repo.Create(ctx, &Vessel{ID: "v1", Name: "Test", Capacity: 500, MaxWeight: 200000, Available: true}); err != nil {
		t.Fatal(err)
	}
	v, err := repo.FindAvailable(ctx, &Specification{Capacity: 500, MaxWeight: 200000})
	if err != nil {
		t.Fatal(err)
	}
	if v.ID != "v1" {
		t.Errorf("expected v1, got %s", v.ID)
	}
}
