// Command coap runs the CoAP adapter (UDP 5683): publishes via POST, subscribes via observe.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	"github.com/devicemill/devicemill/coap"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging/brokers"
	"github.com/devicemill/devicemill/pkg/tracing"
	coapnet "github.com/plgd-dev/go-coap/v3/net"
	"github.com/plgd-dev/go-coap/v3/udp"
)

const (
	svcName         = "coap_adapter"
	envPrefixThings = "DM_THINGS_AUTH_GRPC_"
)

type config struct {
	LogLevel   string  `env:"DM_COAP_ADAPTER_LOG_LEVEL"   envDefault:"info"`
	Host       string  `env:"DM_COAP_ADAPTER_HOST"        envDefault:""`
	Port       string  `env:"DM_COAP_ADAPTER_PORT"        envDefault:"5683"`
	BrokerURL  string  `env:"DM_MESSAGE_BROKER_URL"       envDefault:"nats://localhost:4222"`
	JaegerURL  url.URL `env:"DM_JAEGER_URL"               envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio float64 `env:"DM_JAEGER_TRACE_RATIO"       envDefault:"1.0"`
	InstanceID string  `env:"DM_COAP_ADAPTER_INSTANCE_ID" envDefault:""`
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

	nps, err := brokers.NewPubSub(ctx, cfg.BrokerURL, logger)
	if err != nil {
		logger.Error("failed to connect to message broker", slog.Any("error", err))
		os.Exit(1)
	}
	defer nps.Close()

	svc := coap.New(thingsClient, nps)
	l, err := coapnet.NewListenUDP("udp", cfg.Host+":"+cfg.Port)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer l.Close()
	s := udp.NewServer(coap.Options(svc, logger)...)
	logger.Info("CoAP adapter listening", slog.String("port", cfg.Port))
	if err := s.Serve(l); err != nil {
		logger.Error("coap adapter terminated", slog.Any("error", err))
	}
}
