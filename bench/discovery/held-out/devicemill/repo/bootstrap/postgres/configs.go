package postgres

import (
	"context"
	"log/slog"

	"github.com/devicemill/devicemill/bootstrap"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/jmoiron/sqlx"
)

var Migrations = []postgres.Migration{{
	ID: "configs_1",
	Up: []string{
		`CREATE TABLE IF NOT EXISTS configs (thing_id TEXT PRIMARY KEY, owner VARCHAR(254), name TEXT, external_id TEXT UNIQUE, external_key TEXT, content TEXT, state BIGINT DEFAULT 0)`,
		`CREATE TABLE IF NOT EXISTS connections (channel_id TEXT, config_id TEXT REFERENCES configs(thing_id) ON DELETE CASCADE, PRIMARY KEY (channel_id, config_id))`,
	},
}}

type configRepo struct {
	db  *sqlx.DB
	log *slog.Logger
}

func NewConfigRepository(db *sqlx.DB, log *slog.Logger) bootstrap.ConfigRepository {
	return &configRepo{db: db, log: log}
}

func (r *configRepo) Save(ctx context.Context, c bootstrap.Config) error {
	tx, err := r.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	if _, err := tx.NamedExecContext(ctx, `INSERT INTO configs (thing_id, owner, name, external_id, external_key, content, state)
		VALUES (:thing_id, :owner, :name, :external_id, :external_key, :content, :state)`, c); err != nil {
		_ = tx.Rollback()
		return err
	}
	for _, ch := range c.Channels {
		if _, err := tx.ExecContext(ctx, `INSERT INTO connections (channel_id, config_id) VALUES ($1, $2)`, ch, c.ThingID); err != nil {
			_ = tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}

func (r *configRepo) RetrieveByExternalID(ctx context.Context, externalID string) (bootstrap.Config, error) {
	var c bootstrap.Config
	err := r.db.GetContext(ctx, &c, `SELECT thing_id, owner, name, external_id, external_key, content, state FROM configs WHERE external_id = $1`, externalID)
	return c, err
}

func (r *configRepo) RemoveThing(ctx context.Context, thingID string) error {
	_, err := r.db.ExecContext(ctx, `DELETE FROM configs WHERE thing_id = $1`, thingID)
	return err
}

func (r *configRepo) DisconnectThing(ctx context.Context, chanID, thingID string) error {
	_, err := r.db.ExecContext(ctx, `DELETE FROM connections WHERE channel_id = $1 AND config_id = $2`, chanID, thingID)
	return err
}
