package app

import (
	"context"
	"encoding/json"
	"log/slog"

	amqp "github.com/rabbitmq/amqp091-go"

	"github.com/brewline-labs/brewline/internal/barista/config"
	"github.com/brewline-labs/brewline/internal/barista/domain"
	"github.com/brewline-labs/brewline/internal/barista/events/handlers"
	"github.com/brewline-labs/brewline/internal/barista/infras/repo"
	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/metrics"
	"github.com/brewline-labs/brewline/pkg/postgres"
	"github.com/brewline-labs/brewline/pkg/rabbitmq"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/consumer"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/publisher"
)

type App struct {
	cfg      *config.Config
	consumer consumer.EventConsumer
	handler  domain.BaristaOrderedEventHandler
}

// Build wires the worker by hand: Postgres (PG_URL), RabbitMQ (RABBITMQ_URL),
// a publisher back to the counter exchange and a consumer on the barista queue.
func Build(cfg *config.Config) (*App, func(), error) {
	pg, err := postgres.NewPostgresDB(postgres.DBConnString(cfg.PG.DsnURL), postgres.MaxPoolSize(cfg.PG.PoolMax))
	if err != nil {
		return nil, nil, err
	}

	amqpConn, err := rabbitmq.NewRabbitMQConn(rabbitmq.RabbitMQConnStr(cfg.RabbitMQ.URL))
	if err != nil {
		pg.Close()

		return nil, nil, err
	}

	cleanup := func() {
		_ = amqpConn.Close()
		pg.Close()
	}

	counterPub, err := publisher.NewPublisher(amqpConn)
	if err != nil {
		cleanup()

		return nil, nil, err
	}

	counterPub.Configure(
		publisher.ExchangeName(event.CounterOrderExchange),
		publisher.BindingKey(event.CounterOrderRoutingKey),
		publisher.MessageTypeName(event.BaristaOrderUpdatedType),
	)

	cons, err := consumer.NewConsumer(amqpConn)
	if err != nil {
		cleanup()

		return nil, nil, err
	}

	cons.Configure(
		consumer.ExchangeName(event.BaristaOrderExchange),
		consumer.QueueName(event.BaristaOrderQueue),
		consumer.BindingKey(event.BaristaOrderRoutingKey),
		consumer.ConsumerTag("barista-order-consumer"),
		consumer.WorkerPoolSize(4),
	)

	h := handlers.NewBaristaOrderedEventHandler(
		repo.NewBaristaOrderRepo(pg),
		counterPub,
		cfg.Barista.Name,
		cfg.Barista.SpeedFactor,
	)

	return &App{cfg: cfg, consumer: cons, handler: h}, cleanup, nil
}

func (a *App) Run(ctx context.Context) error {
	slog.Info("init", "name", a.cfg.Name, "version", a.cfg.Version, "barista", a.cfg.Barista.Name)

	errCh := make(chan error, 1)

	go func() { errCh <- a.consumer.StartConsumer(a.worker) }()

	select {
	case <-ctx.Done():
		slog.Info("barista worker stopping")

		return nil
	case err := <-errCh:
		return err
	}
}

func (a *App) worker(ctx context.Context, messages <-chan amqp.Delivery) {
	for delivery := range messages {
		slog.Debug("processDeliveries", "delivery_tag", delivery.DeliveryTag, "type", delivery.Type)

		if delivery.Type != event.BaristaOrderedType {
			slog.Warn("unexpected message type", "type", delivery.Type)
			_ = delivery.Reject(false)

			continue
		}

		var payload event.BaristaOrdered
		if err := json.Unmarshal(delivery.Body, &payload); err != nil {
			slog.Error("bad payload", "err", err)
			_ = delivery.Reject(false)
			metrics.MessagesConsumed.WithLabelValues(event.BaristaOrderQueue, "error").Inc()

			continue
		}

		if err := a.handler.Handle(ctx, &payload); err != nil {
			slog.Error("failed to handle BaristaOrdered", "err", err)
			_ = delivery.Nack(false, true)
			metrics.MessagesConsumed.WithLabelValues(event.BaristaOrderQueue, "error").Inc()

			continue
		}

		metrics.MessagesConsumed.WithLabelValues(event.BaristaOrderQueue, "ok").Inc()

		if err := delivery.Ack(false); err != nil {
			slog.Error("failed to acknowledge delivery", "err", err)
		}
	}

	slog.Info("deliveries channel closed")
}
