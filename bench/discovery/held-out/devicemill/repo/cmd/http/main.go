// Command http runs the HTTP protocol adapter: devices POST messages which are
// authorized against things and published to the message broker.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	adapter "github.com/devicemill/devicemill/http"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging/brokers"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/go-chi/chi/v5"
)

const (
	svcName         = "http_adapter"
	envPrefix       = "DM_HTTP_ADAPTER_"
	envPrefixThings = "DM_THINGS_AUTH_GRPC_"
)

type config struct {
	LogLevel   string  `env:"DM_HTTP_ADAPTER_LOG_LEVEL"   envDefault:"info"`
	BrokerURL  string  `env:"DM_MESSAGE_BROKER_URL"       envDefault:"nats://localhost:4222"`
	JaegerURL  url.URL `env:"DM_JAEGER_URL"               envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio float64 `env:"DM_JAEGER_TRACE_RATIO"       envDefault:"1.0"`
	InstanceID string  `env:"DM_HTTP_ADAPTER_INSTANCE_ID" envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	thingsClient, thingsHandler, err := grpcclient.SetupThingsClient(envPrefixThings)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer thingsHandler.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	pub, err := brokers.NewPublisher(ctx, cfg.BrokerURL)
	if err != nil {
		logger.Error("failed to connect to message broker", slog.Any("error", err))
		os.Exit(1)
	}
	defer pub.Close()

	svc := adapter.New(pub, thingsClient)
	httpCfg, err := server.LoadConfig(envPrefix)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	adapter.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("http adapter terminated", slog.Any("error", err))
	}
}
