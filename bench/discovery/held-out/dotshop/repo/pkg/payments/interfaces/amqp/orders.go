package amqp

import (
	"context"
	"encoding/json"
	"log"

	"github.com/ThreeDotsLabs/watermill"
	watermill_amqp "github.com/ThreeDotsLabs/watermill-amqp/pkg/amqp"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/pkg/errors"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/payments/application"
)

// OrderToProcessView is published by pkg/orders/infrastructure/payments/amqp.go.
type OrderToProcessView struct {
	ID    string    `json:"id"`
	Price PriceView `json:"price"`
}

type PriceView struct {
	Cents    uint   `json:"cents"`
	Currency string `json:"currency"`
}

// PaymentsInterface consumes orders-to-pay queue.
type PaymentsInterface struct {
	subscriber message.Subscriber
	queue      string
	service    *application.PaymentsService
}

func NewPaymentsInterface(
	amqpConfig watermill_amqp.Config,
	queue string,
	service *application.PaymentsService,
	logger watermill.LoggerAdapter,
) (PaymentsInterface, error) {
	subscriber, err := watermill_amqp.NewSubscriber(amqpConfig, logger)
	if err != nil {
		return PaymentsInterface{}, errors.Wrap(err, "cannot create AMQP subscriber")
	}

	return PaymentsInterface{subscriber: subscriber, queue: queue, service: service}, nil
}

func (o PaymentsInterface) Run(ctx context.Context) error {
	messages, err := o.subscriber.Subscribe(ctx, o.queue)
	if err != nil {
		return errors.Wrapf(err, "cannot subscribe to %s", o.queue)
	}

	for msg := range messages {
		if err := o.processMessage(msg); err != nil {
			log.Printf("cannot process message %s: %s", msg.UUID, err)
			msg.Nack()
			continue
		}
		msg.Ack()
	}

	return nil
}

func (o PaymentsInterface) processMessage(msg *message.Message) error {
	orderView := OrderToProcessView{}
	if err := json.Unmarshal(msg.Payload, &orderView); err != nil {
		return errors.Wrap(err, "cannot decode order")
	}

	orderPrice, err := price.NewPrice(orderView.Price.Cents, orderView.Price.Currency)
	if err != nil {
		return errors.Wrap(err, "invalid price")
	}

	return o.service.PostOrderPayment(orderView.ID, orderPrice)
}

func (o PaymentsInterface) Close() error {
	return o.subscriber.Close()
}
