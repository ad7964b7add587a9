package main

import (
	"os"
	"testing"
)

// Integration test; needs `docker run -p 27017:27017 mongo`.
func TestMongoRoundTrip(t *testing.T) {
	if os.Getenv("INTEGRATION") == "" {
		t.Skip("set INTEGRATION=1 to run")
	}
	repo, err := NewMongoDBOrderRepo("mongodb://localhost:27017", "orderdb_test", "orders", "", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := repo.InsertOrders([]Order{{OrderID: "t-1", CustomerID: "c", Status: Pending}}); err != nil {
		t.Fatal(err)
	}
	o, err := repo.GetOrder("t-1")
	if err != nil || o.CustomerID != "c" {
		t.Fatalf("unexpected %v %v", o, err)
	}
}
