package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/brewline-labs/brewline/internal/proxy/app"
	"github.com/brewline-labs/brewline/internal/proxy/config"
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

	if err := app.New(cfg).Run(ctx); err != nil {
		slog.Error("proxy exited", "err", err)
		os.Exit(1)
	}
}
