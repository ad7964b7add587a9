package postgres

import (
	"context"
	"time"

	"github.com/devicemill/devicemill/auth"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/jmoiron/sqlx"
)

var Migrations = []postgres.Migration{{
	ID: "auth_1",
	Up: []string{
		`CREATE TABLE IF NOT EXISTS keys (id VARCHAR(254) PRIMARY KEY, user_id VARCHAR(254) NOT NULL, revoked BOOLEAN DEFAULT false, expires_at TIMESTAMPTZ)`,
		`CREATE TABLE IF NOT EXISTS domains (id VARCHAR(36) PRIMARY KEY, name VARCHAR(254), owner VARCHAR(254), created_at TIMESTAMPTZ DEFAULT now())`,
	},
}}

type keyRepo struct{ db *sqlx.DB }
type domainRepo struct{ db *sqlx.DB }

func NewKeyRepository(db *sqlx.DB) auth.KeyRepository       { return &keyRepo{db: db} }
func NewDomainRepository(db *sqlx.DB) auth.DomainRepository { return &domainRepo{db: db} }

func (r *keyRepo) Save(ctx context.Context, id, userID string, exp time.Time) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO keys (id, user_id, expires_at) VALUES ($1, $2, $3)`, id, userID, exp)
	return err
}

func (r *keyRepo) Revoked(ctx context.Context, id string) (bool, error) {
	var revoked bool
	err := r.db.GetContext(ctx, &revoked, `SELECT revoked FROM keys WHERE id = $1`, id)
	return revoked, err
}

func (r *domainRepo) Save(ctx context.Context, id, name, owner string) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO domains (id, name, owner) VALUES ($1, $2, $3)`, id, name, owner)
	return err
}
