package consumer

import (
	"context"
	"log/slog"

	"github.com/pkg/errors"
	amqp "github.com/rabbitmq/amqp091-go"
)

const (
	_exchangeKind       = "direct"
	_exchangeDurable    = true
	_exchangeAutoDelete = false
	_exchangeInternal   = false
	_exchangeNoWait     = false

	_queueDurable    = true
	_queueAutoDelete = false
	_queueExclusive  = false
	_queueNoWait     = false

	_prefetchCount  = 5
	_prefetchSize   = 0
	_prefetchGlobal = false

	_consumeAutoAck   = false
	_consumeExclusive = false
	_consumeNoLocal   = false
	_consumeNoWait    = false
)

type Worker func(ctx context.Context, messages <-chan amqp.Delivery)

type EventConsumer interface {
	Configure(...Option)
	StartConsumer(Worker) error
}

type Consumer struct {
	exchangeName, queueName, bindingKey, consumerTag string
	workerPoolSize                                   int
	amqpConn                                         *amqp.Connection
}

var _ EventConsumer = (*Consumer)(nil)

func NewConsumer(amqpConn *amqp.Connection) (*Consumer, error) {
	return &Consumer{
		amqpConn:       amqpConn,
		exchangeName:   "brewline.default",
		queueName:      "default-queue",
		bindingKey:     "default-routing-key",
		consumerTag:    "default-consumer",
		workerPoolSize: 24,
	}, nil
}

func (c *Consumer) Configure(opts ...Option) {
	for _, opt := range opts {
		opt(c)
	}
}

// StartConsumer declares exchange + queue + binding and fans deliveries out
// to workerPoolSize goroutines running fn.
func (c *Consumer) StartConsumer(fn Worker) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	ch, err := c.createChannel()
	if err != nil {
		return errors.Wrap(err, "CreateChannel")
	}
	defer ch.Close()

	deliveries, err := ch.Consume(
		c.queueName,
		c.consumerTag,
		_consumeAutoAck,
		_consumeExclusive,
		_consumeNoLocal,
		_consumeNoWait,
		nil,
	)
	if err != nil {
		return errors.Wrap(err, "Consume")
	}

	for i := 0; i < c.workerPoolSize; i++ {
		go fn(ctx, deliveries)
	}

	chanErr := <-ch.NotifyClose(make(chan *amqp.Error))
	slog.Error("ch.NotifyClose", "err", chanErr, "queue", c.queueName)

	return chanErr
}

func (c *Consumer) createChannel() (*amqp.Channel, error) {
	ch, err := c.amqpConn.Channel()
	if err != nil {
		return nil, errors.Wrap(err, "amqpConn.Channel")
	}

	slog.Info("declaring exchange", "exchange", c.exchangeName)

	if err := ch.ExchangeDeclare(
		c.exchangeName,
		_exchangeKind,
		_exchangeDurable,
		_exchangeAutoDelete,
		_exchangeInternal,
		_exchangeNoWait,
		nil,
	); err != nil {
		return nil, errors.Wrap(err, "ExchangeDeclare")
	}

	queue, err := ch.QueueDeclare(
		c.queueName,
		_queueDurable,
		_queueAutoDelete,
		_queueExclusive,
		_queueNoWait,
		nil,
	)
	if err != nil {
		return nil, errors.Wrap(err, "QueueDeclare")
	}

	slog.Info("declared queue, binding it to exchange",
		"queue", queue.Name, "messages", queue.Messages, "consumers", queue.Consumers,
		"exchange", c.exchangeName, "binding_key", c.bindingKey)

	if err := ch.QueueBind(queue.Name, c.bindingKey, c.exchangeName, _queueNoWait, nil); err != nil {
		return nil, errors.Wrap(err, "QueueBind")
	}

	if err := ch.Qos(_prefetchCount, _prefetchSize, _prefetchGlobal); err != nil {
		return nil, errors.Wrap(err, "Qos")
	}

	return ch, nil
}

type Option func(*Consumer)

func ExchangeName(exchangeName string) Option {
	return func(c *Consumer) { c.exchangeName = exchangeName }
}

func QueueName(queueName string) Option {
	return func(c *Consumer) { c.queueName = queueName }
}

func BindingKey(bindingKey string) Option {
	return func(c *Consumer) { c.bindingKey = bindingKey }
}

func ConsumerTag(consumerTag string) Option {
	return func(c *Consumer) { c.consumerTag = consumerTag }
}

func WorkerPoolSize(workerPoolSize int) Option {
	return func(c *Consumer) { c.workerPoolSize = workerPoolSize }
}
