package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/brewline-labs/brewline/internal/kitchen/app"
	"github.com/brewline-labs/brewline/internal/kitchen/config"
	"github.com/brewline-labs/brewline/pkg/logger"
	"github.com/brewline-labs/brewline/pkg/metrics"
)

func main() {
	cfg, err := config.NewConfig()
	if err != nil {
		slog.Error("failed to load config", "err", err)
		os.Exit(1)
	}

	logger.New(cfg.Level)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, cleanup, err := app.Build(cfg)
	if err != nil {
		slog.Error("failed to build kitchen worker", "err", err)
		os.Exit(1)
	}
	defer cleanup()

	metrics.Serve(cfg.Metrics.Port)

	if err := a.Run(ctx); err != nil {
		slog.Error("kitchen worker exited", "err", err)
		os.Exit(1)
	}
}
