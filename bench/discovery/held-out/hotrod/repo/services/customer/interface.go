// Package customer implements the customer service and its HTTP client.
package customer

import "context"

// Customer is a QuickCab rider with a saved home location.
type Customer struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Location string `json:"location"` // "x,y" on the demo city grid
}

// Interface is what the frontend needs from the customer service.
type Interface interface {
	Get(ctx context.Context, customerID string) (*Customer, error)
}

// Store is the persistence behind the customer service.
type Store interface {
	Get(ctx context.Context, customerID string) (*Customer, error)
}
