package payments

import (
	"encoding/json"

	"github.com/ThreeDotsLabs/watermill"
	"github.com/ThreeDotsLabs/watermill-amqp/pkg/amqp"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/pkg/errors"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/domain/orders"
)

// orderToProcessView must match pkg/payments/interfaces/amqp.OrderToProcessView.
type orderToProcessView struct {
	ID    string    `json:"id"`
	Price priceView `json:"price"`
}

type priceView struct {
	Cents    uint   `json:"cents"`
	Currency string `json:"currency"`
}

// AMQPService sends orders to the payments service through RabbitMQ.
type AMQPService struct {
	publisher message.Publisher
	queue     string
}

func NewAMQPService(amqpConfig amqp.Config, queue string, logger watermill.LoggerAdapter) (AMQPService, error) {
	publisher, err := amqp.NewPublisher(amqpConfig, logger)
	if err != nil {
		return AMQPService{}, errors.Wrap(err, "cannot create AMQP publisher")
	}

	return AMQPService{publisher: publisher, queue: queue}, nil
}

func (i AMQPService) InitializeOrderPayment(id orders.ID, price price.Price) error {
	order := orderToProcessView{
		ID: string(id),
		Price: priceView{
			Cents:    price.Cents(),
			Currency: price.Currency(),
		},
	}

	b, err := json.Marshal(order)
	if err != nil {
		return errors.Wrap(err, "cannot marshal order for amqp")
	}

	msg := message.NewMessage(watermill.NewUUID(), b)
	msg.Metadata.Set("content_type", "application/json")

	if err := i.publisher.Publish(i.queue, msg); err != nil {
		return errors.Wrap(err, "cannot send order to amqp")
	}

	return nil
}

func (i AMQPService) Close() error {
	return i.publisher.Close()
}
