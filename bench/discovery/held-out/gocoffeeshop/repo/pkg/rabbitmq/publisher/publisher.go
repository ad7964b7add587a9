package publisher

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"
	"github.com/pkg/errors"
	amqp "github.com/rabbitmq/amqp091-go"
)

const (
	_publishMandatory = false
	_publishImmediate = false

	_exchangeName    = "brewline.default"
	_bindingKey      = "default-routing-key"
	_messageTypeName = "default"
)

type EventPublisher interface {
	Configure(...Option)
	Publish(context.Context, []byte, string) error
}

type Publisher struct {
	exchangeName, bindingKey string
	messageTypeName          string
	amqpConn                 *amqp.Connection
}

var _ EventPublisher = (*Publisher)(nil)

func NewPublisher(amqpConn *amqp.Connection) (*Publisher, error) {
	pub := &Publisher{
		amqpConn:        amqpConn,
		exchangeName:    _exchangeName,
		bindingKey:      _bindingKey,
		messageTypeName: _messageTypeName,
	}

	return pub, nil
}

func (p *Publisher) Configure(opts ...Option) {
	for _, opt := range opts {
		opt(p)
	}
}

// Publish sends body to the configured exchange using the binding key as
// routing key. The exchange is declared lazily on every publish channel.
func (p *Publisher) Publish(ctx context.Context, body []byte, contentType string) error {
	ch, err := p.amqpConn.Channel()
	if err != nil {
		return errors.Wrap(err, "CreateChannel")
	}
	defer ch.Close()

	if err := ch.ExchangeDeclare(p.exchangeName, "direct", true, false, false, false, nil); err != nil {
		return fmt.Errorf("declare exchange %s: %w", p.exchangeName, err)
	}

	slog.Debug("publishing message", "exchange", p.exchangeName, "routing_key", p.bindingKey)

	if err := ch.PublishWithContext(
		ctx,
		p.exchangeName,
		p.bindingKey,
		_publishMandatory,
		_publishImmediate,
		amqp.Publishing{
			ContentType:  contentType,
			DeliveryMode: amqp.Persistent,
			MessageId:    uuid.New().String(),
			Timestamp:    time.Now(),
			Type:         p.messageTypeName,
			Body:         body,
		},
	); err != nil {
		return errors.Wrap(err, "ch.Publish")
	}

	return nil
}

type Option func(*Publisher)

func ExchangeName(exchangeName string) Option {
	return func(p *Publisher) { p.exchangeName = exchangeName }
}

func BindingKey(bindingKey string) Option {
	return func(p *Publisher) { p.bindingKey = bindingKey }
}

func MessageTypeName(messageTypeName string) Option {
	return func(p *Publisher) { p.messageTypeName = messageTypeName }
}
