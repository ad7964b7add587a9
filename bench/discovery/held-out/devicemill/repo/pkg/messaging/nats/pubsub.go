// Package nats implements messaging.PubSub on NATS JetStream.
package nats

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/devicemill/devicemill/pkg/messaging"
	broker "github.com/nats-io/nats.go"
)

const chansPrefix = "channels"

type pubsub struct {
	conn   *broker.Conn
	js     broker.JetStreamContext
	logger *slog.Logger
	subs   map[string]*broker.Subscription
}

// NewPubSub connects to url (DM_MESSAGE_BROKER_URL, e.g. nats://nats:4222).
func NewPubSub(ctx context.Context, url string, logger *slog.Logger) (messaging.PubSub, error) {
	conn, err := broker.Connect(url, broker.Name("devicemill"))
	if err != nil {
		return nil, err
	}
	js, err := conn.JetStream()
	if err != nil {
		return nil, err
	}
	if _, err := js.AddStream(&broker.StreamConfig{Name: "m", Subjects: []string{chansPrefix + ".>"}}); err != nil && err != broker.ErrStreamNameAlreadyInUse {
		return nil, err
	}
	return &pubsub{conn: conn, js: js, logger: logger, subs: map[string]*broker.Subscription{}}, nil
}

func NewPublisher(ctx context.Context, url string) (messaging.Publisher, error) {
	return NewPubSub(ctx, url, slog.Default())
}

func (ps *pubsub) Publish(ctx context.Context, topic string, msg *messaging.Message) error {
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	subject := fmt.Sprintf("%s.%s", chansPrefix, topic)
	if msg.Subtopic != "" {
		subject = fmt.Sprintf("%s.%s", subject, msg.Subtopic)
	}
	_, err = ps.js.Publish(subject, data)
	return err
}

func (ps *pubsub) Subscribe(ctx context.Context, cfg messaging.SubscriberConfig) error {
	sub, err := ps.js.QueueSubscribe(cfg.Topic, cfg.ID, func(m *broker.Msg) {
		var msg messaging.Message
		if err := json.Unmarshal(m.Data, &msg); err != nil {
			ps.logger.Warn("failed to unmarshal message", slog.Any("error", err))
			return
		}
		if err := cfg.Handler.Handle(&msg); err != nil {
			ps.logger.Warn("handler failed", slog.Any("error", err))
			return
		}
		_ = m.Ack()
	}, broker.Durable(cfg.ID))
	if err != nil {
		return err
	}
	ps.subs[cfg.ID+cfg.Topic] = sub
	return nil
}

func (ps *pubsub) Unsubscribe(ctx context.Context, id, topic string) error {
	if s, ok := ps.subs[id+topic]; ok {
		delete(ps.subs, id+topic)
		return s.Unsubscribe()
	}
	return nil
}

func (ps *pubsub) Close() error {
	ps.conn.Close()
	return nil
}
