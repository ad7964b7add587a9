package sqlstore

import (
	"context"
	"database/sql"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/tracewell/tracewell/pkg/config"
)

// postgresStore is selected with TRACEWELL_SQLSTORE_PROVIDER=postgres. The
// default deployments ship with sqlite; the Helm chart can bundle a Postgres
// (postgresql.enabled) for multi-replica query-service setups.
type postgresStore struct{ db *sql.DB }

func newPostgres(ctx context.Context, cfg config.PostgresConfig) (*postgresStore, error) {
	db, err := sql.Open("pgx", cfg.DSN)
	if err != nil {
		return nil, err
	}
	if err := db.PingContext(ctx); err != nil {
		return nil, err
	}
	return &postgresStore{db: db}, nil
}

func (s *postgresStore) DB() *sql.DB     { return s.db }
func (s *postgresStore) Dialect() string { return "postgres" }
func (s *postgresStore) Close() error    { return s.db.Close() }
