package app

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"github.com/brewline-labs/brewline/internal/product/config"
	productgrpc "github.com/brewline-labs/brewline/internal/product/grpc"
	"github.com/brewline-labs/brewline/internal/product/infras/repo"
	"github.com/brewline-labs/brewline/internal/product/usecases/products"
	"github.com/brewline-labs/brewline/pkg/tracing"
)

type App struct {
	cfg *config.Config
}

func New(cfg *config.Config) *App {
	return &App{cfg: cfg}
}

func (a *App) Run(ctx context.Context) error {
	slog.Info("init", "name", a.cfg.Name, "version", a.cfg.Version)

	shutdown, err := tracing.Init(ctx, a.cfg.Name, a.cfg.Tracing)
	if err != nil {
		return err
	}
	defer func() { _ = shutdown(context.Background()) }()

	repository := repo.NewOrderRepo()
	uc := products.NewService(repository)

	server := grpc.NewServer()
	productgrpc.NewProductGRPCServer(server, uc)

	hs := health.NewServer()
	healthpb.RegisterHealthServer(server, hs)
	hs.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)

	reflection.Register(server)

	address := fmt.Sprintf("%s:%d", a.cfg.HTTP.Host, a.cfg.HTTP.Port)

	l, err := net.Listen("tcp", address)
	if err != nil {
		return fmt.Errorf("failed to listen on %s: %w", address, err)
	}

	go func() {
		<-ctx.Done()
		slog.Info("shutting down product gRPC server")
		server.GracefulStop()
	}()

	slog.Info("start product gRPC server", "address", address)

	return server.Serve(l)
}
