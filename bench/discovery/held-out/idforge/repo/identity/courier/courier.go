// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package courier

import (
	"context"
	"time"

	"github.com/sirupsen/logrus"

	"github.com/idforge/idforge/identity/driver/config"
)

type (
	Message struct {
		ID        string
		Recipient string
		Subject   string
		Body      string
		Status    string
	}

	Persister interface {
		NextMessages(ctx context.Context, limit uint8) ([]Message, error)
		SetMessageStatus(ctx context.Context, id string, status string) error
	}

	Courier struct {
		c    *config.Config
		p    Persister
		l    *logrus.Logger
		smtp *smtpClient
	}
)

func NewCourier(c *config.Config, p Persister, l *logrus.Logger) *Courier {
	return &Courier{c: c, p: p, l: l, smtp: newSMTP(c)}
}

// Work polls the message queue (stored in the SQL database) and dispatches
// queued messages through the configured SMTP server.
func (c *Courier) Work(ctx context.Context) error {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
			if err := c.DispatchQueue(ctx); err != nil {
				c.l.WithError(err).Error("Unable to dispatch queue")
			}
		}
	}
}

func (c *Courier) DispatchQueue(ctx context.Context) error {
	msgs, err := c.p.NextMessages(ctx, 10)
	if err != nil {
		return err
	}
	for _, m := range msgs {
		if err := c.smtp.Dispatch(ctx, m); err != nil {
			c.l.WithError(err).WithField("message_id", m.ID).Warn("Unable to send email")
			continue
		}
		_ = c.p.SetMessageStatus(ctx, m.ID, "sent")
	}
	return nil
}
