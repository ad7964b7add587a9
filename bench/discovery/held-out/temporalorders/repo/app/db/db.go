// Package db is the persistence layer for the order and shipment APIs.
// In deployed environments it is MongoDB (MONGO_URL); for local development
// without Docker it falls back to a SQLite file under DATA_DIR.
package db

import (
	"context"
	"errors"
	"time"

	"github.com/tidewater-labs/oms/app/config"
)

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

// OrderRecord is the API's read model of an order.
type OrderRecord struct {
	ID         string    `json:"id" bson:"id" db:"id"`
	CustomerID string    `json:"customerId" bson:"customer_id" db:"customer_id"`
	Status     string    `json:"status" bson:"status" db:"status"`
	ReceivedAt time.Time `json:"receivedAt" bson:"received_at" db:"received_at"`
}

// ShipmentRecord is the API's read model of a shipment.
type ShipmentRecord struct {
	ID        string    `json:"id" bson:"id" db:"id"`
	OrderID   string    `json:"orderId" bson:"order_id" db:"order_id"`
	Status    string    `json:"status" bson:"status" db:"status"`
	UpdatedAt time.Time `json:"updatedAt" bson:"updated_at" db:"updated_at"`
}

// DB is implemented by the MongoDB and SQLite stores.
type DB interface {
	Setup(ctx context.Context) error
	Close() error

	InsertOrder(ctx context.Context, o OrderRecord) error
	UpdateOrderStatus(ctx context.Context, id, status string) error
	GetOrders(ctx context.Context) ([]OrderRecord, error)

	InsertShipment(ctx context.Context, s ShipmentRecord) error
	UpdateShipmentStatus(ctx context.Context, id, status string) error
	GetShipments(ctx context.Context) ([]ShipmentRecord, error)
}

// Open picks the store from configuration.
func Open(ctx context.Context, cfg config.Config) (DB, error) {
	var store DB
	if cfg.MongoURL != "" {
		store = NewMongoDB(cfg.MongoURL, cfg.MongoDatabase)
	} else {
		store = NewSQLiteDB(cfg.DataDir)
	}
	if err := store.Setup(ctx); err != nil {
		return nil, err
	}
	return store, nil
}
