// Command postgres-writer consumes every channel message from the broker and
// stores normalized SenML/JSON rows in PostgreSQL.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	"github.com/devicemill/devicemill/consumers"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/messaging/brokers"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	writerpg "github.com/devicemill/devicemill/writers/postgres"
	"github.com/go-chi/chi/v5"
)

const (
	svcName       = "postgres-writer"
	envPrefixDB   = "DM_POSTGRES_"
	envPrefixHTTP = "DM_POSTGRES_WRITER_HTTP_"
)

type config struct {
	LogLevel   string  `env:"DM_POSTGRES_WRITER_LOG_LEVEL"   envDefault:"info"`
	ConfigPath string  `env:"DM_POSTGRES_WRITER_CONFIG_PATH" envDefault:"/config.toml"`
	BrokerURL  string  `env:"DM_MESSAGE_BROKER_URL"          envDefault:"nats://localhost:4222"`
	JaegerURL  url.URL `env:"DM_JAEGER_URL"                  envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio float64 `env:"DM_JAEGER_TRACE_RATIO"          envDefault:"1.0"`
	InstanceID string  `env:"DM_POSTGRES_WRITER_INSTANCE_ID" envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := postgres.Setup(envPrefixDB, writerpg.Migrations)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	pubSub, err := brokers.NewPubSub(ctx, cfg.BrokerURL, logger)
	if err != nil {
		logger.Error("failed to connect to message broker", slog.Any("error", err))
		os.Exit(1)
	}
	defer pubSub.Close()

	repo := writerpg.New(db)
	if err := consumers.Start(ctx, svcName, pubSub, repo, cfg.ConfigPath, logger); err != nil {
		logger.Error("failed to start consumer", slog.Any("error", err))
		os.Exit(1)
	}

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("postgres writer terminated", slog.Any("error", err))
	}
}
