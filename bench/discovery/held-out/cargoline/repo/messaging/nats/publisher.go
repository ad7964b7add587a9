// Package nats implements handling event publishing and consumption on NATS.
package nats

import (
	"context"
	"time"

	"github.com/go-kit/log"
	natsgo "github.com/nats-io/nats.go"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/messaging"
)

// Connect dials the NATS server(s) at url, retrying while the broker comes up.
func Connect(url, name string, logger log.Logger) (*natsgo.Conn, error) {
	return natsgo.Connect(url,
		natsgo.Name(name),
		natsgo.RetryOnFailedConnect(true),
		natsgo.MaxReconnects(-1),
		natsgo.ReconnectWait(2*time.Second),
		natsgo.DisconnectErrHandler(func(_ *natsgo.Conn, err error) {
			logger.Log("nats", "disconnected", "err", err)
		}),
		natsgo.ReconnectHandler(func(c *natsgo.Conn) {
			logger.Log("nats", "reconnected", "url", c.ConnectedUrl())
		}),
	)
}

// Publisher publishes handling events on a NATS subject.
type Publisher struct {
	conn    *natsgo.Conn
	subject string
}

// NewPublisher returns a Publisher using conn.
func NewPublisher(conn *natsgo.Conn) *Publisher {
	return &Publisher{conn: conn, subject: messaging.SubjectHandlingRegistered}
}

// PublishHandlingEvent implements handling.EventPublisher.
func (p *Publisher) PublishHandlingEvent(ctx context.Context, e cargo.HandlingEvent) error {
	b, err := messaging.Encode(e)
	if err != nil {
		return err
	}
	msg := natsgo.NewMsg(p.subject)
	msg.Data = b
	msg.Header.Set("Cargoline-Tracking-Id", string(e.TrackingID))
	if err := p.conn.PublishMsg(msg); err != nil {
		return err
	}
	return p.conn.FlushWithContext(ctx)
}
