package datastore

import (
	"os"
	"testing"

	"go.woodpecker-ci.org/woodpecker/v2/server/store"
)

// newTestStore uses in-memory sqlite unless WOODPECKER_DATABASE_DRIVER overrides it in CI.
func newTestStore(t *testing.T) *storage {
	driver, config := "sqlite3", ":memory:"
	if d := os.Getenv("WOODPECKER_DATABASE_DRIVER"); d != "" {
		driver, config = d, os.Getenv("WOODPECKER_DATABASE_DATASOURCE")
	}
	s, err := NewEngine(&store.Opts{Driver: driver, Config: config})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(true); err != nil {
		t.Fatal(err)
	}
	return s.(*storage)
}

func TestPing(t *testing.T) {
	s := newTestStore(t)
	defer s.Close()
	if err := s.Ping(); err != nil {
		t.Error(err)
	}
}
