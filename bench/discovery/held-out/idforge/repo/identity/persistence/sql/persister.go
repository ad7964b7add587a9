// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package sql

import (
	"context"
	"strings"

	"github.com/gobuffalo/pop/v6"
	"github.com/sirupsen/logrus"

	"github.com/idforge/idforge/identity/courier"
	"github.com/idforge/idforge/identity/identity"
	"github.com/idforge/idforge/identity/session"
)

// migrations are applied in order by `identity migrate sql`.
var migrations = []string{
	`CREATE TABLE IF NOT EXISTS identities (
  id UUID PRIMARY KEY,
  schema_id VARCHAR(2048) NOT NULL,
  traits JSON NOT NULL,
  state VARCHAR(255) NOT NULL DEFAULT 'active',
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
)`,
	`CREATE TABLE IF NOT EXISTS sessions (
  id UUID PRIMARY KEY,
  identity_id UUID NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
  token VARCHAR(64) NOT NULL UNIQUE,
  active BOOLEAN NOT NULL DEFAULT true,
  expires_at TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL
)`,
	`CREATE TABLE IF NOT EXISTS courier_messages (
  id UUID PRIMARY KEY,
  type INT NOT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'queued',
  recipient VARCHAR(255) NOT NULL,
  subject VARCHAR(255) NOT NULL,
  body TEXT NOT NULL,
  created_at TIMESTAMP NOT NULL
)`,
}

type Persister struct {
	c *pop.Connection
	l *logrus.Logger
}

// NewPersister opens the connection described by the DSN (postgres://,
// mysql://, cockroach:// or sqlite://).
func NewPersister(ctx context.Context, dsn string, l *logrus.Logger) (*Persister, error) {
	dialect := strings.SplitN(dsn, "://", 2)[0]
	if dialect == "sqlite" {
		dialect = "sqlite3"
	}
	c, err := pop.NewConnection(&pop.ConnectionDetails{
		Dialect: dialect,
		URL:     dsn,
		Pool:    20,
		IdlePool: 4,
	})
	if err != nil {
		return nil, err
	}
	if err := c.Open(); err != nil {
		return nil, err
	}
	return &Persister{c: c, l: l}, nil
}

func (p *Persister) MigrateUp(ctx context.Context) error {
	for i, m := range migrations {
		p.l.Infof("Applying migration %d", i)
		if err := p.c.WithContext(ctx).RawQuery(m).Exec(); err != nil {
			return err
		}
	}
	return nil
}

func (p *Persister) GetIdentity(ctx context.Context, id string) (*identity.Identity, error) {
	var i identity.Identity
	return &i, p.c.WithContext(ctx).Find(&i, id)
}

func (p *Persister) ListIdentities(ctx context.Context, page, perPage int) ([]identity.Identity, error) {
	var is []identity.Identity
	return is, p.c.WithContext(ctx).Paginate(page+1, perPage).All(&is)
}

func (p *Persister) CreateIdentity(ctx context.Context, i *identity.Identity) error {
	return p.c.WithContext(ctx).Create(i)
}

func (p *Persister) DeleteIdentity(ctx context.Context, id string) error {
	return p.c.WithContext(ctx).RawQuery("DELETE FROM identities WHERE id = ?", id).Exec()
}

func (p *Persister) GetSessionByToken(ctx context.Context, token string) (*session.Session, error) {
	var s session.Session
	err := p.c.WithContext(ctx).RawQuery("SELECT id, active, expires_at FROM sessions WHERE token = ?", token).First(&s)
	return &s, err
}

func (p *Persister) RevokeSession(ctx context.Context, id string) error {
	return p.c.WithContext(ctx).RawQuery("UPDATE sessions SET active = false WHERE id = ?", id).Exec()
}

func (p *Persister) NextMessages(ctx context.Context, limit uint8) ([]courier.Message, error) {
	var ms []courier.Message
	err := p.c.WithContext(ctx).RawQuery("SELECT id, recipient, subject, body, status FROM courier_messages WHERE status = 'queued' LIMIT ?", limit).All(&ms)
	return ms, err
}

func (p *Persister) SetMessageStatus(ctx context.Context, id string, status string) error {
	return p.c.WithContext(ctx).RawQuery("UPDATE courier_messages SET status = ? WHERE id = ?", status, id).Exec()
}
