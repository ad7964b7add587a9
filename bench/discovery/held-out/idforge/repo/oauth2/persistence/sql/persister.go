// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package sql

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"

	"github.com/gobuffalo/pop/v6"
)

type Persister struct {
	conn *pop.Connection
}

type LoginRequest struct {
	ID       string `db:"challenge" json:"challenge"`
	ClientID string `db:"client_id" json:"client_id"`
	Subject  string `db:"subject" json:"subject"`
}

func NewPersister(dsn string) (*Persister, error) {
	dialect := strings.SplitN(dsn, "://", 2)[0]
	if dialect == "sqlite" {
		dialect = "sqlite3"
	}
	c, err := pop.NewConnection(&pop.ConnectionDetails{Dialect: dialect, URL: dsn})
	if err != nil {
		return nil, err
	}
	return &Persister{conn: c}, c.Open()
}

func (p *Persister) MigrateUp(ctx context.Context) error {
	return p.conn.WithContext(ctx).RawQuery(`CREATE TABLE IF NOT EXISTS oauth2_flow (
  challenge VARCHAR(40) PRIMARY KEY,
  client_id VARCHAR(255) NOT NULL,
  subject VARCHAR(255) NOT NULL DEFAULT '',
  state INT NOT NULL DEFAULT 0
)`).Exec()
}

func (p *Persister) CreateLoginRequest(ctx context.Context, clientID string) (string, error) {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	id := hex.EncodeToString(b)
	return id, p.conn.WithContext(ctx).RawQuery("INSERT INTO oauth2_flow (challenge, client_id) VALUES (?, ?)", id, clientID).Exec()
}

func (p *Persister) GetLoginRequest(ctx context.Context, challenge string) (*LoginRequest, error) {
	var lr LoginRequest
	return &lr, p.conn.WithContext(ctx).RawQuery("SELECT challenge, client_id, subject FROM oauth2_flow WHERE challenge = ?", challenge).First(&lr)
}

func (p *Persister) GetConsentRequest(ctx context.Context, challenge string) (*LoginRequest, error) {
	return p.GetLoginRequest(ctx, challenge)
}

func (p *Persister) HandleLoginRequest(ctx context.Context, challenge, subject string) error {
	return p.conn.WithContext(ctx).RawQuery("UPDATE oauth2_flow SET subject = ?, state = 1 WHERE challenge = ?", subject, challenge).Exec()
}

func (p *Persister) IntrospectToken(ctx context.Context, token string) (bool, string, string) {
	var row struct {
		Subject string `db:"subject"`
		Scope   string `db:"scope"`
	}
	if err := p.conn.WithContext(ctx).RawQuery("SELECT subject, scope FROM oauth2_access WHERE signature = ? AND active = true", token).First(&row); err != nil {
		return false, "", ""
	}
	return true, row.Subject, row.Scope
}
