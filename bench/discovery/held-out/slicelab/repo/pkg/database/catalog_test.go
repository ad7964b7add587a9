package database

import (
	"context"
	"testing"
)

func TestCatalogSQLite(t *testing.T) {
	c, err := NewCatalog("file::memory:?cache=shared")
	if err != nil {
		t.Fatal(err)
	}
	ing, err := c.GetIngredients(context.Background(), "cheese")
	if err != nil || len(ing) == 0 {
		t.Fatalf("expected ingredients, got %v %v", ing, err)
	}
}
