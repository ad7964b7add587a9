package app

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"

	amqp "github.com/rabbitmq/amqp091-go"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/brewline-labs/brewline/internal/counter/config"
	"github.com/brewline-labs/brewline/internal/counter/domain"
	countergrpc "github.com/brewline-labs/brewline/internal/counter/grpc"
	"github.com/brewline-labs/brewline/pkg/event"
	"github.com/brewline-labs/brewline/pkg/metrics"
	"github.com/brewline-labs/brewline/pkg/postgres"
	"github.com/brewline-labs/brewline/pkg/rabbitmq"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/consumer"
	"github.com/brewline-labs/brewline/pkg/tracing"
)

type App struct {
	Cfg        *config.Config
	PG         *postgres.Postgres
	AMQPConn   *amqp.Connection
	Consumer   consumer.EventConsumer
	GRPCServer *grpc.Server

	BaristaPub       domain.BaristaEventPublisher
	KitchenPub       domain.KitchenEventPublisher
	ProductDomainSvc domain.ProductDomainService
	UC               domain.OrderUseCase

	baristaUpdatedHandler domain.BaristaOrderUpdatedEventHandler
	kitchenUpdatedHandler domain.KitchenOrderUpdatedEventHandler
}

func New(
	cfg *config.Config,
	pg *postgres.Postgres,
	amqpConn *amqp.Connection,
	eventConsumer consumer.EventConsumer,
	grpcServer *grpc.Server,
	baristaPub domain.BaristaEventPublisher,
	kitchenPub domain.KitchenEventPublisher,
	productDomainSvc domain.ProductDomainService,
	uc domain.OrderUseCase,
	baristaUpdatedHandler domain.BaristaOrderUpdatedEventHandler,
	kitchenUpdatedHandler domain.KitchenOrderUpdatedEventHandler,
) *App {
	return &App{
		Cfg:                   cfg,
		PG:                    pg,
		AMQPConn:              amqpConn,
		Consumer:              eventConsumer,
		GRPCServer:            grpcServer,
		BaristaPub:            baristaPub,
		KitchenPub:            kitchenPub,
		ProductDomainSvc:      productDomainSvc,
		UC:                    uc,
		baristaUpdatedHandler: baristaUpdatedHandler,
		kitchenUpdatedHandler: kitchenUpdatedHandler,
	}
}

func (a *App) Run(ctx context.Context) error {
	slog.Info("init", "name", a.Cfg.Name, "version", a.Cfg.Version)

	shutdown, err := tracing.Init(ctx, a.Cfg.Name, a.Cfg.Tracing)
	if err != nil {
		return err
	}
	defer func() { _ = shutdown(context.Background()) }()

	// order-updated events coming back from barista and kitchen
	a.Consumer.Configure(
		consumer.ExchangeName(event.CounterOrderExchange),
		consumer.QueueName(event.CounterOrderQueue),
		consumer.BindingKey(event.CounterOrderRoutingKey),
		consumer.ConsumerTag("counter-order-consumer"),
	)

	go func() {
		if err := a.Consumer.StartConsumer(a.worker); err != nil {
			slog.Error("counter consumer stopped", "err", err)
		}
	}()

	countergrpc.NewGRPCCounterServer(a.GRPCServer, a.UC)

	hs := health.NewServer()
	healthpb.RegisterHealthServer(a.GRPCServer, hs)
	hs.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	reflection.Register(a.GRPCServer)

	address := fmt.Sprintf("%s:%d", a.Cfg.HTTP.Host, a.Cfg.HTTP.Port)

	l, err := net.Listen("tcp", address)
	if err != nil {
		return fmt.Errorf("listen %s: %w", address, err)
	}

	go func() {
		<-ctx.Done()
		slog.Info("shutting down counter gRPC server")
		a.GRPCServer.GracefulStop()
	}()

	slog.Info("start counter gRPC server", "address", address)

	return a.GRPCServer.Serve(l)
}

func (a *App) worker(ctx context.Context, messages <-chan amqp.Delivery) {
	for delivery := range messages {
		slog.Info("processDeliveries", "delivery_tag", delivery.DeliveryTag, "type", delivery.Type)

		var handleErr error

		switch delivery.Type {
		case event.BaristaOrderUpdatedType:
			var payload event.BaristaOrderUpdated
			if handleErr = json.Unmarshal(delivery.Body, &payload); handleErr == nil {
				handleErr = a.baristaUpdatedHandler.Handle(ctx, &payload)
			}
		case event.KitchenOrderUpdatedType:
			var payload event.KitchenOrderUpdated
			if handleErr = json.Unmarshal(delivery.Body, &payload); handleErr == nil {
				handleErr = a.kitchenUpdatedHandler.Handle(ctx, &payload)
			}
		default:
			slog.Info("default", "type", delivery.Type)
		}

		if handleErr != nil {
			metrics.MessagesConsumed.WithLabelValues(event.CounterOrderQueue, "error").Inc()

			if err := delivery.Reject(false); err != nil {
				slog.Error("failed to reject delivery", "err", err)
			}

			slog.Error("failed to process delivery", "err", handleErr)

			continue
		}

		metrics.MessagesConsumed.WithLabelValues(event.CounterOrderQueue, "ok").Inc()

		if err := delivery.Ack(false); err != nil {
			slog.Error("failed to acknowledge delivery", "err", err)
		}
	}

	slog.Info("deliveries channel closed")
}

func dbEngineFunc(url postgres.DBConnString) (*postgres.Postgres, func(), error) {
	db, err := postgres.NewPostgresDB(url, postgres.MaxPoolSize(4))
	if err != nil {
		return nil, nil, err
	}

	return db, func() { db.Close() }, nil
}

func rabbitMQFunc(url rabbitmq.RabbitMQConnStr) (*amqp.Connection, func(), error) {
	conn, err := rabbitmq.NewRabbitMQConn(url)
	if err != nil {
		return nil, nil, err
	}

	return conn, func() { _ = conn.Close() }, nil
}
