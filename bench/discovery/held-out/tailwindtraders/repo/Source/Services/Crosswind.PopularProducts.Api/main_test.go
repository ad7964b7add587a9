package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

type fakeStore struct{}

func (fakeStore) TopProducts(_ context.Context, limit int) ([]PopularProduct, error) {
	out := make([]PopularProduct, 0, limit)
	for i := 1; i <= limit; i++ {
		out = append(out, PopularProduct{ID: i, Name: "item", Rank: i})
	}
	return out, nil
}

func (fakeStore) Close() error { return nil }

func TestPopularReturnsLimit(t *testing.T) {
	ts := httptest.NewServer(newRouter(&server{store: fakeStore{}}))
	defer ts.Close()

	res, err := http.Get(ts.URL + "/v1/popular-product?limit=5")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()

	var items []PopularProduct
	if err := json.NewDecoder(res.Body).Decode(&items); err != nil {
		t.Fatal(err)
	}
	if len(items) != 5 {
		t.Fatalf("expected 5 items, got %d", len(items))
	}
}
