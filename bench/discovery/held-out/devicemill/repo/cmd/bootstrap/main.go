// Command bootstrap runs the bootstrap service: devices fetch their config
// (thing key, channels, certs) by external ID. It provisions things through the
// things REST API and keeps its configs in sync by consuming things events.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	"github.com/devicemill/devicemill/bootstrap"
	bsapi "github.com/devicemill/devicemill/bootstrap/api"
	"github.com/devicemill/devicemill/bootstrap/events/consumer"
	bspg "github.com/devicemill/devicemill/bootstrap/postgres"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/events/store"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/postgres"
	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/go-chi/chi/v5"
)

const (
	svcName        = "bootstrap"
	envPrefixDB    = "DM_BOOTSTRAP_DB_"
	envPrefixHTTP  = "DM_BOOTSTRAP_HTTP_"
	envPrefixAuth  = "DM_AUTH_GRPC_"
	thingsStream   = "devicemill.things"
	streamConsumer = "devicemill-bootstrap"
)

type config struct {
	LogLevel      string  `env:"DM_BOOTSTRAP_LOG_LEVEL"      envDefault:"info"`
	EncKey        string  `env:"DM_BOOTSTRAP_ENCRYPT_KEY"    envDefault:"12345678910111213141516171819202"`
	ESConsumer    string  `env:"DM_BOOTSTRAP_EVENT_CONSUMER" envDefault:"bootstrap"`
	ThingsURL     string  `env:"DM_THINGS_URL"               envDefault:"http://localhost:9000"`
	ESURL         string  `env:"DM_ES_URL"                   envDefault:"nats://localhost:4222"`
	JaegerURL     url.URL `env:"DM_JAEGER_URL"               envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio    float64 `env:"DM_JAEGER_TRACE_RATIO"       envDefault:"1.0"`
	InstanceID    string  `env:"DM_BOOTSTRAP_INSTANCE_ID"    envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := postgres.Setup(envPrefixDB, bspg.Migrations)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	authClient, authHandler, err := grpcclient.SetupAuthClient(envPrefixAuth)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer authHandler.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	dmsdk := sdk.NewSDK(sdk.Config{ThingsURL: cfg.ThingsURL})
	repo := bspg.NewConfigRepository(db, logger)
	svc := bootstrap.New(authClient, repo, dmsdk, []byte(cfg.EncKey))

	sub, err := store.NewSubscriber(ctx, cfg.ESURL, logger)
	if err != nil {
		logger.Error("failed to create event store subscriber", slog.Any("error", err))
		os.Exit(1)
	}
	defer sub.Close()
	if err := sub.Subscribe(ctx, streamConsumer, thingsStream, consumer.NewEventHandler(svc)); err != nil {
		logger.Error("failed to subscribe to things events", slog.Any("error", err))
		os.Exit(1)
	}

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	bsapi.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("bootstrap terminated", slog.Any("error", err))
	}
}
