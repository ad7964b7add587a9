// Package postgres wraps a pgx connection pool with connection retries so
// containers can start before the database is ready.
package postgres

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

const (
	_defaultMaxPoolSize  = 1
	_defaultConnAttempts = 10
	_defaultConnTimeout  = time.Second
)

type DBConnString string

type Postgres struct {
	maxPoolSize  int
	connAttempts int
	connTimeout  time.Duration

	Pool *pgxpool.Pool
}

type Option func(*Postgres)

func MaxPoolSize(size int) Option {
	return func(p *Postgres) { p.maxPoolSize = size }
}

func ConnAttempts(attempts int) Option {
	return func(p *Postgres) { p.connAttempts = attempts }
}

func ConnTimeout(timeout time.Duration) Option {
	return func(p *Postgres) { p.connTimeout = timeout }
}

// NewPostgresDB opens a pool against url (normally the PG_URL env value).
func NewPostgresDB(url DBConnString, opts ...Option) (*Postgres, error) {
	pg := &Postgres{
		maxPoolSize:  _defaultMaxPoolSize,
		connAttempts: _defaultConnAttempts,
		connTimeout:  _defaultConnTimeout,
	}

	for _, opt := range opts {
		opt(pg)
	}

	poolConfig, err := pgxpool.ParseConfig(string(url))
	if err != nil {
		return nil, fmt.Errorf("postgres - NewPostgresDB - pgxpool.ParseConfig: %w", err)
	}

	poolConfig.MaxConns = int32(pg.maxPoolSize)

	for pg.connAttempts > 0 {
		pg.Pool, err = pgxpool.NewWithConfig(context.Background(), poolConfig)
		if err == nil {
			if pingErr := pg.Pool.Ping(context.Background()); pingErr == nil {
				break
			} else {
				err = pingErr
			}
		}

		slog.Info("postgres is trying to connect", "attempts_left", pg.connAttempts)
		time.Sleep(pg.connTimeout)
		pg.connAttempts--
	}

	if err != nil {
		return nil, fmt.Errorf("postgres - NewPostgresDB - connAttempts == 0: %w", err)
	}

	return pg, nil
}

func (p *Postgres) GetDB() *pgxpool.Pool {
	return p.Pool
}

func (p *Postgres) Close() {
	if p.Pool != nil {
		p.Pool.Close()
	}
}
