// Package rabbitmq is the alternative AMQP broker. Only compiled into binaries
// built with `-tags rabbitmq` (see pkg/messaging/brokers).
package rabbitmq

import (
	"context"
	"encoding/json"

	"github.com/devicemill/devicemill/pkg/messaging"
	amqp "github.com/rabbitmq/amqp091-go"
)

const exchangeName = "devicemill-messages"

type pubsub struct {
	conn *amqp.Connection
	ch   *amqp.Channel
}

func NewPubSub(url string) (messaging.PubSub, error) {
	conn, err := amqp.Dial(url)
	if err != nil {
		return nil, err
	}
	ch, err := conn.Channel()
	if err != nil {
		return nil, err
	}
	if err := ch.ExchangeDeclare(exchangeName, amqp.ExchangeTopic, true, false, false, false, nil); err != nil {
		return nil, err
	}
	return &pubsub{conn: conn, ch: ch}, nil
}

func (ps *pubsub) Publish(ctx context.Context, topic string, msg *messaging.Message) error {
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	return ps.ch.PublishWithContext(ctx, exchangeName, "channels."+topic, false, false, amqp.Publishing{Body: body})
}

func (ps *pubsub) Subscribe(ctx context.Context, cfg messaging.SubscriberConfig) error {
	q, err := ps.ch.QueueDeclare(cfg.ID, true, false, false, false, nil)
	if err != nil {
		return err
	}
	if err := ps.ch.QueueBind(q.Name, cfg.Topic, exchangeName, false, nil); err != nil {
		return err
	}
	deliveries, err := ps.ch.Consume(q.Name, cfg.ID, true, false, false, false, nil)
	if err != nil {
		return err
	}
	go func() {
		for d := range deliveries {
			var m messaging.Message
			if json.Unmarshal(d.Body, &m) == nil {
				_ = cfg.Handler.Handle(&m)
			}
		}
	}()
	return nil
}

func (ps *pubsub) Unsubscribe(ctx context.Context, id, topic string) error { return ps.ch.Cancel(id, false) }
func (ps *pubsub) Close() error                                            { return ps.conn.Close() }
