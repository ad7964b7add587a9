// Package inmem provides in-memory implementations of all the domain
// repositories. Selected with -inmem; state is lost on restart.
package inmem

import (
	"sync"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
	"github.com/cargoline/cargoline/voyage"
)

type cargoRepository struct {
	mtx    sync.RWMutex
	cargos map[cargo.TrackingID]*cargo.Cargo
}

func (r *cargoRepository) Store(c *cargo.Cargo) error {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	r.cargos[c.TrackingID] = c
	return nil
}

func (r *cargoRepository) Find(id cargo.TrackingID) (*cargo.Cargo, error) {
	r.mtx.RLock()
	defer r.mtx.RUnlock()
	if val, ok := r.cargos[id]; ok {
		return val, nil
	}
	return nil, cargo.ErrUnknown
}

func (r *cargoRepository) FindAll() []*cargo.Cargo {
	r.mtx.RLock()
	defer r.mtx.RUnlock()
	c := make([]*cargo.Cargo, 0, len(r.cargos))
	for _, val := range r.cargos {
		c = append(c, val)
	}
	return c
}

// NewCargoRepository returns a new instance of a in-memory cargo repository.
func NewCargoRepository() cargo.Repository {
	return &cargoRepository{
		cargos: make(map[cargo.TrackingID]*cargo.Cargo),
	}
}

type locationRepository struct {
	locations map[location.UNLocode]*location.Location
}

func (r *locationRepository) Find(locode location.UNLocode) (*location.Location, error) {
	if l, ok := r.locations[locode]; ok {
		return l, nil
	}
	return nil, location.ErrUnknown
}

func (r *locationRepository) FindAll() []*location.Location {
	l := make([]*location.Location, 0, len(r.locations))
	for _, val := range r.locations {
		l = append(l, val)
	}
	return l
}

// NewLocationRepository returns a new instance of a in-memory location repository.
func NewLocationRepository() location.Repository {
	r := &locationRepository{
		locations: make(map[location.UNLocode]*location.Location),
	}

	for _, l := range []*location.Location{
		location.Stockholm, location.Melbourne, location.Hongkong,
		location.Tokyo, location.Rotterdam, location.Hamburg,
		location.NewYork, location.Chicago, location.Helsinki,
	} {
		r.locations[l.UNLocode] = l
	}

	return r
}

type voyageRepository struct {
	voyages map[voyage.Number]*voyage.Voyage
}

func (r *voyageRepository) Find(voyageNumber voyage.Number) (*voyage.Voyage, error) {
	if v, ok := r.voyages[voyageNumber]; ok {
		return v, nil
	}
	return nil, voyage.ErrUnknown
}

// NewVoyageRepository returns a new instance of a in-memory voyage repository.
func NewVoyageRepository() voyage.Repository {
	r := &voyageRepository{
		voyages: make(map[voyage.Number]*voyage.Voyage),
	}

	for _, v := range []*voyage.Voyage{
		voyage.V100, voyage.V300, voyage.V400,
		voyage.V0100S, voyage.V0200T, voyage.V0300A, voyage.V0301S, voyage.V0400S,
	} {
		r.voyages[v.Number] = v
	}

	return r
}

type handlingEventRepository struct {
	mtx    sync.RWMutex
	events map[cargo.TrackingID][]cargo.HandlingEvent
}

func (r *handlingEventRepository) Store(e cargo.HandlingEvent) {
	r.mtx.Lock()
	defer r.mtx.Unlock()
	r.events[e.TrackingID] = append(r.events[e.TrackingID], e)
}

func (r *handlingEventRepository) QueryHandlingHistory(id cargo.TrackingID) cargo.HandlingHistory {
	r.mtx.RLock()
	defer r.mtx.RUnlock()
	return cargo.HandlingHistory{HandlingEvents: r.events[id]}
}

// NewHandlingEventRepository returns a new instance of a in-memory handling event repository.
func NewHandlingEventRepository() cargo.HandlingEventRepository {
	return &handlingEventRepository{
		events: make(map[cargo.TrackingID][]cargo.HandlingEvent),
	}
}
