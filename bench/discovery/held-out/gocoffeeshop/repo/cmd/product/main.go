package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/brewline-labs/brewline/internal/product/app"
	"github.com/brewline-labs/brewline/internal/product/config"
	"github.com/brewline-labs/brewline/pkg/logger"
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

	a := app.New(cfg)
	if err := a.Run(ctx); err != nil {
		slog.Error("product service exited", "err", err)
		os.Exit(1)
	}
}
