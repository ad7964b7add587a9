//go:build wireinject
// +build wireinject

package app

import (
	"github.com/google/wire"
	"google.golang.org/grpc"

	"github.com/brewline-labs/brewline/internal/counter/config"
	"github.com/brewline-labs/brewline/internal/counter/events/handlers"
	"github.com/brewline-labs/brewline/internal/counter/infras"
	productsGRPC "github.com/brewline-labs/brewline/internal/counter/infras/grpc"
	"github.com/brewline-labs/brewline/internal/counter/infras/repo"
	"github.com/brewline-labs/brewline/internal/counter/usecases/orders"
	"github.com/brewline-labs/brewline/pkg/postgres"
	"github.com/brewline-labs/brewline/pkg/rabbitmq"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/consumer"
)

func InitApp(
	cfg *config.Config,
	dbConnStr postgres.DBConnString,
	rabbitMQConnStr rabbitmq.RabbitMQConnStr,
	grpcServer *grpc.Server,
) (*App, func(), error) {
	panic(wire.Build(
		New,
		dbEngineFunc,
		rabbitMQFunc,
		infras.NewBaristaEventPublisher,
		infras.NewKitchenEventPublisher,
		consumer.NewConsumer,
		wire.Bind(new(consumer.EventConsumer), new(*consumer.Consumer)),
		productsGRPC.NewGRPCProductClient,
		repo.NewOrderRepo,
		orders.NewUseCase,
		handlers.NewBaristaOrderUpdatedEventHandler,
		handlers.NewKitchenOrderUpdatedEventHandler,
	))
}
