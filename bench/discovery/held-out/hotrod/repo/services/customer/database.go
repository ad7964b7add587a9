package customer

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"time"

	_ "github.com/go-sql-driver/mysql" // registers the "mysql" driver
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/delay"
	"github.com/quickcab/quickcab/services/config"
)

// ErrNotFound is returned for unknown customer IDs.
var ErrNotFound = errors.New("customer not found")

// MySQLStore reads customers from the `customers` table.
type MySQLStore struct {
	db     *sql.DB
	logger *zap.Logger
	// lock simulates a connection pool of size 1 — the deliberate bottleneck
	// that --fix-disable-db-conn-mutex removes.
	lock sync.Mutex
}

// OpenMySQL connects to MySQL using a go-sql-driver DSN, e.g.
// "quickcab:secret@tcp(mysql:3306)/quickcab?parseTime=true".
func OpenMySQL(dsn string, logger *zap.Logger) (*MySQLStore, error) {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		return nil, fmt.Errorf("open mysql: %w", err)
	}
	db.SetMaxOpenConns(10)
	db.SetConnMaxLifetime(5 * time.Minute)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for {
		if err = db.PingContext(ctx); err == nil {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("mysql not reachable: %w", err)
		case <-time.After(500 * time.Millisecond):
		}
	}
	logger.Info("connected to customer database")
	return &MySQLStore{db: db, logger: logger}, nil
}

const selectCustomer = `SELECT id, name, location FROM customers WHERE id = ?`

// Get loads one customer.
func (s *MySQLStore) Get(ctx context.Context, customerID string) (*Customer, error) {
	ctx, span := otel.Tracer("customer").Start(ctx, "SQL SELECT")
	defer span.End()
	span.SetAttributes(
		attribute.String("db.system", "mysql"),
		attribute.String("db.statement", selectCustomer),
	)

	if !config.MySQLMutexDisabled {
		s.lock.Lock()
		defer s.lock.Unlock()
	}
	delay.Sleep(config.MySQLGetDelay, config.MySQLGetDelayStdDev)

	var c Customer
	err := s.db.QueryRowContext(ctx, selectCustomer, customerID).Scan(&c.ID, &c.Name, &c.Location)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		span.RecordError(err)
		return nil, err
	}
	return &c, nil
}

// Close closes the pool.
func (s *MySQLStore) Close() error { return s.db.Close() }
