package postgres

import (
	"context"

	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/users"
	"github.com/google/uuid"
	"github.com/jmoiron/sqlx"
)

var Migrations = []postgres.Migration{{
	ID: "users_01",
	Up: []string{`CREATE TABLE IF NOT EXISTS users (
		id VARCHAR(36) PRIMARY KEY,
		name VARCHAR(254),
		identity VARCHAR(254) NOT NULL UNIQUE,
		secret TEXT NOT NULL,
		role VARCHAR(16) DEFAULT 'user',
		created_at TIMESTAMPTZ DEFAULT now())`},
}}

type repo struct{ db *sqlx.DB }

func NewRepository(db *sqlx.DB) users.Repository { return &repo{db: db} }

func (r *repo) Save(ctx context.Context, u users.User) (users.User, error) {
	u.ID = uuid.NewString()
	_, err := r.db.NamedExecContext(ctx, `INSERT INTO users (id, name, identity, secret, role) VALUES (:id, :name, :identity, :secret, :role)`, u)
	return u, err
}

func (r *repo) RetrieveByIdentity(ctx context.Context, identity string) (users.User, error) {
	var u users.User
	err := r.db.GetContext(ctx, &u, `SELECT id, name, identity, secret, role FROM users WHERE identity = $1`, identity)
	return u, err
}

func (r *repo) UpdateSecret(ctx context.Context, id, secret string) error {
	_, err := r.db.ExecContext(ctx, `UPDATE users SET secret = $1 WHERE id = $2`, secret, id)
	return err
}
