package infras

import (
	amqp "github.com/rabbitmq/amqp091-go"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/publisher"
)

// NewBaristaEventPublisher publishes BaristaOrdered events to the barista exchange.
func NewBaristaEventPublisher(conn *amqp.Connection) (domain.BaristaEventPublisher, error) {
	pub, err := publisher.NewPublisher(conn)
	if err != nil {
		return nil, err
	}

	pub.Configure(
		publisher.ExchangeName(event.BaristaOrderExchange),
		publisher.BindingKey(event.BaristaOrderRoutingKey),
		publisher.MessageTypeName(event.BaristaOrderedType),
	)

	return pub, nil
}

// NewKitchenEventPublisher publishes KitchenOrdered events to the kitchen exchange.
func NewKitchenEventPublisher(conn *amqp.Connection) (domain.KitchenEventPublisher, error) {
	pub, err := publisher.NewPublisher(conn)
	if err != nil {
		return nil, err
	}

	pub.Configure(
		publisher.ExchangeName(event.KitchenOrderExchange),
		publisher.BindingKey(event.KitchenOrderRoutingKey),
		publisher.MessageTypeName(event.KitchenOrderedType),
	)

	return pub, nil
}
