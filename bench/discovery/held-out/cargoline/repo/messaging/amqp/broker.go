// Package amqp is an alternative event transport on RabbitMQ. It was the
// first broker we tried; NATS replaced it in every environment but the code
// is kept for sites that already run RabbitMQ (select with -broker=amqp).
package amqp

import (
	"context"

	"github.com/go-kit/log"
	amqp "github.com/rabbitmq/amqp091-go"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/messaging"
)

const exchange = "cargoline.events"

// Broker publishes to and consumes from a topic exchange.
type Broker struct {
	conn *amqp.Connection
	ch   *amqp.Channel
}

// Dial connects to RabbitMQ (amqp://user:pass@host:5672/) and declares the
// exchange.
func Dial(url string) (*Broker, error) {
	conn, err := amqp.Dial(url)
	if err != nil {
		return nil, err
	}
	ch, err := conn.Channel()
	if err != nil {
		conn.Close()
		return nil, err
	}
	if err := ch.ExchangeDeclare(exchange, "topic", true, false, false, false, nil); err != nil {
		conn.Close()
		return nil, err
	}
	return &Broker{conn: conn, ch: ch}, nil
}

// PublishHandlingEvent implements handling.EventPublisher.
func (b *Broker) PublishHandlingEvent(ctx context.Context, e cargo.HandlingEvent) error {
	body, err := messaging.Encode(e)
	if err != nil {
		return err
	}
	return b.ch.PublishWithContext(ctx, exchange, messaging.SubjectHandlingRegistered, false, false, amqp.Publishing{
		ContentType:  "application/json",
		DeliveryMode: amqp.Persistent,
		Body:         body,
	})
}

// Consume binds queue to the handling subject and dispatches to h.
func (b *Broker) Consume(queue string, h messaging.Handler, logger log.Logger) error {
	q, err := b.ch.QueueDeclare(queue, true, false, false, false, nil)
	if err != nil {
		return err
	}
	if err := b.ch.QueueBind(q.Name, messaging.SubjectHandlingRegistered, exchange, false, nil); err != nil {
		return err
	}
	deliveries, err := b.ch.Consume(q.Name, "", false, false, false, false, nil)
	if err != nil {
		return err
	}
	go func() {
		for d := range deliveries {
			e, err := messaging.Decode(d.Body)
			if err == nil {
				err = h(e)
			}
			if err != nil {
				logger.Log("queue", q.Name, "err", err)
				d.Nack(false, false)
				continue
			}
			d.Ack(false)
		}
	}()
	return nil
}

// Close closes the channel and connection.
func (b *Broker) Close() error {
	b.ch.Close()
	return b.conn.Close()
}
