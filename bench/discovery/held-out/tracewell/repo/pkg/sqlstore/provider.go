package sqlstore

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/tracewell/tracewell/pkg/config"
)

// SQLStore holds users, organisations, dashboards, saved views, alert rules
// and notification channels.
type SQLStore interface {
	DB() *sql.DB
	Dialect() string
	Close() error
}

func New(ctx context.Context, cfg config.SQLStoreConfig) (SQLStore, error) {
	switch cfg.Provider {
	case "sqlite", "":
		return newSQLite(ctx, cfg.SQLite)
	case "postgres":
		return newPostgres(ctx, cfg.Postgres)
	default:
		return nil, fmt.Errorf("unknown sqlstore provider %q", cfg.Provider)
	}
}
