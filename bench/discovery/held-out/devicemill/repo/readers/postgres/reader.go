// Package postgres reads messages written by postgres-writer.
package postgres

import (
	"context"

	"github.com/jmoiron/sqlx"
)

type Message struct {
	Channel   string `db:"channel" json:"channel"`
	Subtopic  string `db:"subtopic" json:"subtopic"`
	Publisher string `db:"publisher" json:"publisher"`
	Protocol  string `db:"protocol" json:"protocol"`
	Payload   []byte `db:"payload" json:"payload"`
	Created   int64  `db:"created" json:"created"`
}

type Reader struct{ db *sqlx.DB }

func New(db *sqlx.DB) *Reader { return &Reader{db: db} }

func (r *Reader) ReadAll(ctx context.Context, chanID string, offset, limit uint64) ([]Message, error) {
	var out []Message
	err := r.db.SelectContext(ctx, &out,
		`SELECT channel, subtopic, publisher, protocol, payload, created FROM messages WHERE channel = $1 ORDER BY created DESC OFFSET $2 LIMIT $3`,
		chanID, offset, limit)
	return out, err
}
