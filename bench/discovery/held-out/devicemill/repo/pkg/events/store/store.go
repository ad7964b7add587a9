// Package store is the event store. Services publish domain events (thing.create,
// channel.connect ...) to a NATS JetStream stream at DM_ES_URL; other services subscribe.
package store

import (
	"context"
	"encoding/json"
	"log/slog"

	"github.com/nats-io/nats.go"
)

const (
	eventsStream = "events"
	eventsPrefix = "events.>"
)

type Event interface {
	Encode() (map[string]interface{}, error)
}

type Publisher interface {
	Publish(ctx context.Context, stream string, event Event) error
	Close() error
}

type EventHandler interface {
	Handle(ctx context.Context, event map[string]interface{}) error
}

type Subscriber interface {
	Subscribe(ctx context.Context, consumer, stream string, handler EventHandler) error
	Close() error
}

type natsES struct {
	conn   *nats.Conn
	js     nats.JetStreamContext
	logger *slog.Logger
}

func connect(url string) (*natsES, error) {
	conn, err := nats.Connect(url, nats.Name("devicemill-es"))
	if err != nil {
		return nil, err
	}
	js, err := conn.JetStream()
	if err != nil {
		return nil, err
	}
	_, _ = js.AddStream(&nats.StreamConfig{Name: eventsStream, Subjects: []string{eventsPrefix}})
	return &natsES{conn: conn, js: js, logger: slog.Default()}, nil
}

// NewPublisher returns an event publisher bound to url.
func NewPublisher(ctx context.Context, url string) (Publisher, error) { return connect(url) }

// NewSubscriber returns an event subscriber bound to url.
func NewSubscriber(ctx context.Context, url string, logger *slog.Logger) (Subscriber, error) {
	es, err := connect(url)
	if err != nil {
		return nil, err
	}
	es.logger = logger
	return es, nil
}

func (es *natsES) Publish(ctx context.Context, stream string, event Event) error {
	values, err := event.Encode()
	if err != nil {
		return err
	}
	data, err := json.Marshal(values)
	if err != nil {
		return err
	}
	_, err = es.js.Publish("events."+stream, data)
	return err
}

func (es *natsES) Subscribe(ctx context.Context, consumer, stream string, handler EventHandler) error {
	_, err := es.js.Subscribe("events."+stream, func(m *nats.Msg) {
		var ev map[string]interface{}
		if err := json.Unmarshal(m.Data, &ev); err != nil {
			return
		}
		if err := handler.Handle(ctx, ev); err != nil {
			es.logger.Warn("event handler failed", slog.Any("error", err))
			return
		}
		_ = m.Ack()
	}, nats.Durable(consumer))
	return err
}

func (es *natsES) Close() error { es.conn.Close(); return nil }
