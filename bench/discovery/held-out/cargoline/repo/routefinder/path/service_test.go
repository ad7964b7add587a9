package path

import (
	"context"
	"testing"
)

func TestShortestPathEndpoints(t *testing.T) {
	s := NewService()
	paths, err := s.ShortestPath(context.Background(), "SESTO", "CNHKG")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 3 {
		t.Fatalf("len(paths) = %d; want >= 3", len(paths))
	}
	for _, p := range paths {
		if p.Edges[0].Origin != "SESTO" || p.Edges[len(p.Edges)-1].Destination != "CNHKG" {
			t.Errorf("path does not connect SESTO→CNHKG: %+v", p)
		}
	}
}

func TestShortestPathInvalid(t *testing.T) {
	if _, err := NewService().ShortestPath(context.Background(), "", "CNHKG"); err != ErrInvalidArgument {
		t.Fatalf("err = %v; want %v", err, ErrInvalidArgument)
	}
}
