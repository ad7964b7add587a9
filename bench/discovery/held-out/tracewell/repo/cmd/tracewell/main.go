package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"go.uber.org/zap"

	"github.com/tracewell/tracewell/pkg/config"
	"github.com/tracewell/tracewell/pkg/instrumentation"
	"github.com/tracewell/tracewell/pkg/query-service/app"
)

func main() {
	var (
		configFile     = flag.String("config-file", "", "optional YAML config file")
		promConfig     = flag.String("config", "./config/prometheus.yml", "(legacy) prometheus config path")
		useLogsNewSchm = flag.Bool("use-logs-new-schema", false, "query the v2 logs tables")
	)
	flag.Parse()

	logger, err := zap.NewProduction()
	if err != nil {
		log.Fatal(err)
	}
	defer logger.Sync() //nolint:errcheck

	cfg, err := config.Load(*configFile)
	if err != nil {
		logger.Fatal("load config", zap.Error(err))
	}
	logger.Info("starting tracewell", zap.String("prometheus_config", *promConfig), zap.Bool("logs_v2", *useLogsNewSchm))

	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	shutdownTracing, err := instrumentation.Setup(ctx, cfg.Instrumentation)
	if err != nil {
		logger.Fatal("instrumentation", zap.Error(err))
	}

	srv, err := app.NewServer(ctx, cfg, logger)
	if err != nil {
		logger.Fatal("init server", zap.Error(err))
	}
	if err := srv.Start(ctx); err != nil {
		logger.Error("server exited", zap.Error(err))
	}

	stopCtx, stop := context.WithTimeout(context.Background(), 15*time.Second)
	defer stop()
	srv.Stop(stopCtx)
	_ = shutdownTracing(stopCtx)
}
