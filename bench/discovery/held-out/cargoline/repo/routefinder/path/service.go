// Package path implements the shortest-path-ish routing service.
package path

import (
	"context"
	"errors"
	"math/rand"
	"time"
)

// ErrInvalidArgument is returned when one or more arguments are invalid.
var ErrInvalidArgument = errors.New("invalid argument")

// TransitEdge is one voyage leg between two locations.
type TransitEdge struct {
	VoyageNumber string    `json:"voyage"`
	Origin       string    `json:"origin"`
	Destination  string    `json:"destination"`
	Departure    time.Time `json:"departure"`
	Arrival      time.Time `json:"arrival"`
}

// TransitPath is a sequence of edges.
type TransitPath struct {
	Edges []TransitEdge `json:"edges"`
}

// Service computes paths between locations.
type Service interface {
	ShortestPath(ctx context.Context, origin, destination string) ([]TransitPath, error)
}

type service struct {
	locations []string
	voyages   []string
}

// NewService returns a random-walk path service over the sample network.
func NewService() Service {
	return &service{
		locations: []string{"SESTO", "AUMEL", "CNHKG", "USNYC", "USCHI", "JNTKO", "DEHAM", "NLRTM", "FIHEL"},
		voyages:   []string{"0100S", "0200T", "0300A", "0301S", "0400S"},
	}
}

func (s *service) ShortestPath(_ context.Context, origin, destination string) ([]TransitPath, error) {
	if origin == "" || destination == "" {
		return nil, ErrInvalidArgument
	}

	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	candidates := make([]TransitPath, 0, 3)

	for i := 0; i < 3+r.Intn(3); i++ {
		stops := s.randomStops(r, origin, destination)
		date := time.Now().Add(24 * time.Hour)

		var edges []TransitEdge
		for j := 0; j < len(stops)-1; j++ {
			dep := date.Add(time.Duration(r.Intn(48)) * time.Hour)
			arr := dep.Add(time.Duration(24+r.Intn(72)) * time.Hour)
			edges = append(edges, TransitEdge{
				VoyageNumber: s.voyages[r.Intn(len(s.voyages))],
				Origin:       stops[j],
				Destination:  stops[j+1],
				Departure:    dep,
				Arrival:      arr,
			})
			date = arr
		}
		candidates = append(candidates, TransitPath{Edges: edges})
	}

	return candidates, nil
}

func (s *service) randomStops(r *rand.Rand, origin, destination string) []string {
	var middle []string
	for _, l := range s.locations {
		if l != origin && l != destination && r.Intn(4) == 0 {
			middle = append(middle, l)
		}
	}
	if len(middle) > 3 {
		middle = middle[:3]
	}
	stops := append([]string{origin}, middle...)
	return append(stops, destination)
}
