package postgres

import (
	"context"
	"log/slog"

	"github.com/devicemill/devicemill/certs"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/jmoiron/sqlx"
)

var Migrations = []postgres.Migration{{
	ID: "certs_1",
	Up: []string{`CREATE TABLE IF NOT EXISTS certs (thing_id TEXT NOT NULL, owner_id TEXT NOT NULL, expire TIMESTAMPTZ NOT NULL, serial TEXT NOT NULL, PRIMARY KEY (thing_id, owner_id, serial))`},
}}

type repo struct {
	db  *sqlx.DB
	log *slog.Logger
}

func NewRepository(db *sqlx.DB, log *slog.Logger) certs.Repository { return &repo{db: db, log: log} }

func (r *repo) Save(ctx context.Context, c certs.Cert) error {
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO certs (thing_id, owner_id, serial, expire) VALUES (:thing_id, :owner_id, :serial, :expire)`, c)
	return err
}

func (r *repo) RetrieveByThing(ctx context.Context, ownerID, thingID string) ([]certs.Cert, error) {
	var out []certs.Cert
	err := r.db.SelectContext(ctx, &out, `SELECT thing_id, owner_id, serial, expire FROM certs WHERE owner_id = $1 AND thing_id = $2`, ownerID, thingID)
	return out, err
}
