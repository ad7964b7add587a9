package postgres

import (
	"context"

	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/things"
	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
)

var Migrations = []postgres.Migration{{
	ID: "things_01",
	Up: []string{
		`CREATE TABLE IF NOT EXISTS clients (id VARCHAR(36) PRIMARY KEY, name VARCHAR(1024), key VARCHAR(4096) UNIQUE NOT NULL, domain_id VARCHAR(36))`,
		`CREATE TABLE IF NOT EXISTS connections (thing_id VARCHAR(36) REFERENCES clients(id) ON DELETE CASCADE, channel_id VARCHAR(36), PRIMARY KEY (thing_id, channel_id))`,
	},
}}

type repo struct{ db *sqlx.DB }

func NewRepository(db *sqlx.DB) things.Repository { return &repo{db: db} }

func (r *repo) Save(ctx context.Context, t things.Thing) (things.Thing, error) {
	t.ID = uuid.NewString()
	if t.Key == "" {
		t.Key = uuid.NewString()
	}
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO clients (id, name, key, domain_id) VALUES (:id, :name, :key, :domain_id)`, t)
	return t, err
}

func (r *repo) RetrieveByKey(ctx context.Context, key string) (string, error) {
	var id string
	err := r.db.GetContext(ctx, &id, `SELECT id FROM clients WHERE key = $1`, key)
	return id, err
}

func (r *repo) Connect(ctx context.Context, thingID, chanID string) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO connections (thing_id, channel_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, thingID, chanID)
	return err
}

func (r *repo) HasConnection(ctx context.Context, thingID, chanID string) (bool, error) {
	var n int
	err := r.db.GetContext(ctx, &n, `SELECT count(*) FROM connections WHERE thing_id = $1 AND channel_id = $2`, thingID, chanID)
	return n > 0, err
}
