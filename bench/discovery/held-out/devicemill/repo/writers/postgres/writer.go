// Package postgres stores messages in the time-series Postgres database.
package postgres

import (
	"context"

	"github.com/devicemill/devicemill/pkg/messaging"
	pg "github.com/devicemill/devicemill/pkg/postgres"
	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
)

var Migrations = []pg.Migration{{
	ID: "messages_1",
	Up: []string{`CREATE TABLE IF NOT EXISTS messages (
		id UUID, channel UUID, subtopic VARCHAR(254), publisher UUID, protocol TEXT,
		payload BYTEA, created BIGINT, PRIMARY KEY (id))`},
}}

type writer struct{ db *sqlx.DB }

func New(db *sqlx.DB) *writer { return &writer{db: db} }

func (w *writer) ConsumeBlocking(ctx context.Context, msgs []messaging.Message) error {
	tx, err := w.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		if _, err := tx.ExecContext(ctx,
			`INSERT INTO messages (id, channel, subtopic, publisher, protocol, payload, created) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
			uuid.New(), m.Channel, m.Subtopic, m.Publisher, m.Protocol, m.Payload, m.Created); err != nil {
			_ = tx.Rollback()
			return err
		}
	}
	return tx.Commit()
}
