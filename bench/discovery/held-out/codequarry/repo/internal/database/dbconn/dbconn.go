// Package dbconn opens connections to the CodeQuarry Postgres databases.
package dbconn

import (
	"context"
	"database/sql"
	"time"

	_ "github.com/jackc/pgx/v4/stdlib"
)

// Schema identifies one of the three logical databases.
type Schema struct {
	Name      string
	EnvPrefix string
}

var (
	Frontend     = Schema{Name: "frontend", EnvPrefix: ""}
	CodeIntel    = Schema{Name: "codeintel", EnvPrefix: "CODEINTEL_"}
	CodeInsights = Schema{Name: "codeinsights", EnvPrefix: "CODEINSIGHTS_"}
)

// New opens a pooled connection for the given schema and verifies it.
func New(ctx context.Context, schema Schema, app string) (*sql.DB, error) {
	db, err := sql.Open("pgx", BuildDSN(schema.EnvPrefix))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(30)
	db.SetConnMaxIdleTime(time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		return nil, err
	}
	return db, nil
}

// MustNew is New, panicking on error. Used by service entrypoints.
func MustNew(schema Schema, app string) *sql.DB {
	db, err := New(context.Background(), schema, app)
	if err != nil {
		panic("dbconn: " + schema.Name + ": " + err.Error())
	}
	return db
}
