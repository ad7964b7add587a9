package customer

import (
	"context"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/delay"
	"github.com/quickcab/quickcab/services/config"
)

// SimulatedStore is an in-memory replacement for MySQL, enabled by --simulate-db.
type SimulatedStore struct {
	customers map[string]*Customer
	logger    *zap.Logger
}

// NewSimulatedStore returns a store pre-loaded with the demo customers.
func NewSimulatedStore(logger *zap.Logger) *SimulatedStore {
	return &SimulatedStore{
		logger: logger,
		customers: map[string]*Customer{
			"123": {ID: "123", Name: "Rachel's Floral Designs", Location: "115,277"},
			"567": {ID: "567", Name: "Amazing Coffee Roasters", Location: "211,653"},
			"392": {ID: "392", Name: "Trom Chocolatier", Location: "577,322"},
			"731": {ID: "731", Name: "Japanese Desserts", Location: "728,326"},
		},
	}
}

// Get returns a customer from memory after the same artificial delay as MySQL.
func (s *SimulatedStore) Get(ctx context.Context, customerID string) (*Customer, error) {
	delay.Sleep(config.MySQLGetDelay, config.MySQLGetDelayStdDev)
	if c, ok := s.customers[customerID]; ok {
		return c, nil
	}
	return nil, ErrNotFound
}
