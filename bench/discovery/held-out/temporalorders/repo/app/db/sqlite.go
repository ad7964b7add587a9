package db

import (
	"context"
	"os"
	"path/filepath"
	"time"

	"github.com/jmoiron/sqlx"
	_ "modernc.org/sqlite"
)

// SQLiteDB is the local-development store used when MONGO_URL is not set.
// It is never used by the compose or Kubernetes deployments.
type SQLiteDB struct {
	path string
	db   *sqlx.DB
}

// NewSQLiteDB stores data in <dataDir>/oms.db.
func NewSQLiteDB(dataDir string) *SQLiteDB {
	return &SQLiteDB{path: filepath.Join(dataDir, "oms.db")}
}

const sqliteSchema = `
CREATE TABLE IF NOT EXISTS orders (
	id TEXT PRIMARY KEY,
	customer_id TEXT NOT NULL,
	status TEXT NOT NULL,
	received_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS shipments (
	id TEXT PRIMARY KEY,
	order_id TEXT NOT NULL,
	status TEXT NOT NULL,
	updated_at TIMESTAMP NOT NULL
);
`

// Setup creates the file and schema.
func (s *SQLiteDB) Setup(ctx context.Context) error {
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return err
	}
	db, err := sqlx.Open("sqlite", s.path+"?_pragma=journal_mode(WAL)")
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	s.db = db
	_, err = s.db.ExecContext(ctx, sqliteSchema)
	return err
}

// Close closes the database.
func (s *SQLiteDB) Close() error {
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

func (s *SQLiteDB) InsertOrder(ctx context.Context, o OrderRecord) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO orders (id, customer_id, status, received_at) VALUES (:id, :customer_id, :status, :received_at)`, o)
	return err
}

func (s *SQLiteDB) UpdateOrderStatus(ctx context.Context, id, status string) error {
	res, err := s.db.ExecContext(ctx, `UPDATE orders SET status = ? WHERE id = ?`, status, id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func (s *SQLiteDB) GetOrders(ctx context.Context) ([]OrderRecord, error) {
	var out []OrderRecord
	err := s.db.SelectContext(ctx, &out, `SELECT id, customer_id, status, received_at FROM orders ORDER BY received_at DESC`)
	return out, err
}

func (s *SQLiteDB) InsertShipment(ctx context.Context, r ShipmentRecord) error {
	_, err := s.db.NamedExecContext(ctx,
		`INSERT INTO shipments (id, order_id, status, updated_at) VALUES (:id, :order_id, :status, :updated_at)`, r)
	return err
}

func (s *SQLiteDB) UpdateShipmentStatus(ctx context.Context, id, status string) error {
	res, err := s.db.ExecContext(ctx,
		`UPDATE shipments SET status = ?, updated_at = ? WHERE id = ?`, status, time.Now().UTC(), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

func (s *SQLiteDB) GetShipments(ctx context.Context) ([]ShipmentRecord, error) {
	var out []ShipmentRecord
	err := s.db.SelectContext(ctx, &out, `SELECT id, order_id, status, updated_at FROM shipments ORDER BY updated_at DESC`)
	return out, err
}
