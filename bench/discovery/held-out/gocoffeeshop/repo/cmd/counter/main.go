package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres"
	_ "github.com/golang-migrate/migrate/v4/source/file"
	"google.golang.org/grpc"

	"github.com/brewline-labs/brewline/internal/counter/app"
	"github.com/brewline-labs/brewline/internal/counter/config"
	"github.com/brewline-labs/brewline/pkg/logger"
	"github.com/brewline-labs/brewline/pkg/metrics"
	"github.com/brewline-labs/brewline/pkg/postgres"
	"github.com/brewline-labs/brewline/pkg/rabbitmq"
)

func main() {
	cfg, err := config.NewConfig()
	if err != nil {
		slog.Error("failed to load config", "err", err)
		os.Exit(1)
	}

	logger.New(cfg.Level)

	if err := runMigrations(cfg); err != nil {
		slog.Error("migrations failed", "err", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	server := grpc.NewServer()

	a, cleanup, err := app.InitApp(
		cfg,
		postgres.DBConnString(cfg.PG.DsnURL),
		rabbitmq.RabbitMQConnStr(cfg.RabbitMQ.URL),
		server,
	)
	if err != nil {
		slog.Error("failed to init app", "err", err)
		os.Exit(1)
	}
	defer cleanup()

	metrics.Serve(cfg.Metrics.Port)

	if err := a.Run(ctx); err != nil {
		slog.Error("counter exited", "err", err)
		os.Exit(1)
	}
}

func runMigrations(cfg *config.Config) error {
	m, err := migrate.New(cfg.Migrations.Path, cfg.PG.DsnURL)
	if err != nil {
		return err
	}
	defer m.Close()

	if err := m.Up(); err != nil && !errors.Is(err, migrate.ErrNoChange) {
		return err
	}

	slog.Info("migrations applied")

	return nil
}
