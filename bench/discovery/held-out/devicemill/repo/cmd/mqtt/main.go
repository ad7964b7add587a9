// Command mqtt runs the MQTT adapter. It is an mProxy in front of VerneMQ:
// client connections are authorized against things and relayed to VerneMQ,
// publishes are also pushed to the message broker, and a forwarder copies
// broker messages (from HTTP/CoAP/WS) back into VerneMQ.
package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net/url"
	"os"
	"time"

	"github.com/absmach/mproxy/pkg/mqtt"
	"github.com/absmach/mproxy/pkg/session"
	"github.com/devicemill/devicemill/internal/env"
	dmmqtt "github.com/devicemill/devicemill/mqtt"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging/brokers"
	"github.com/devicemill/devicemill/pkg/tracing"
	paho "github.com/eclipse/paho.mqtt.golang"
)

const (
	svcName         = "mqtt"
	envPrefixThings = "DM_THINGS_AUTH_GRPC_"
)

type config struct {
	LogLevel          string        `env:"DM_MQTT_ADAPTER_LOG_LEVEL"           envDefault:"info"`
	MQTTPort          string        `env:"DM_MQTT_ADAPTER_MQTT_PORT"           envDefault:"1883"`
	MQTTTargetHost    string        `env:"DM_MQTT_ADAPTER_MQTT_TARGET_HOST"    envDefault:"localhost"`
	MQTTTargetPort    string        `env:"DM_MQTT_ADAPTER_MQTT_TARGET_PORT"    envDefault:"1883"`
	MQTTTargetUser    string        `env:"DM_MQTT_ADAPTER_MQTT_TARGET_USERNAME" envDefault:""`
	MQTTTargetPass    string        `env:"DM_MQTT_ADAPTER_MQTT_TARGET_PASSWORD" envDefault:""`
	MQTTTargetHealth  string        `env:"DM_MQTT_ADAPTER_MQTT_TARGET_HEALTH_CHECK" envDefault:""`
	QoS               byte          `env:"DM_MQTT_ADAPTER_MQTT_QOS"            envDefault:"1"`
	ForwarderTimeout  time.Duration `env:"DM_MQTT_ADAPTER_FORWARDER_TIMEOUT"   envDefault:"30s"`
	BrokerURL         string        `env:"DM_MESSAGE_BROKER_URL"               envDefault:"nats://localhost:4222"`
	JaegerURL         url.URL       `env:"DM_JAEGER_URL"                       envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio        float64       `env:"DM_JAEGER_TRACE_RATIO"               envDefault:"1.0"`
	InstanceID        string        `env:"DM_MQTT_ADAPTER_INSTANCE_ID"         envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	if cfg.MQTTTargetHealth != "" {
		// Wait for VerneMQ's HTTP health endpoint before proxying.
		dmmqtt.WaitForHealthy(cfg.MQTTTargetHealth, logger)
	}

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

	targetAddr := fmt.Sprintf("%s:%s", cfg.MQTTTargetHost, cfg.MQTTTargetPort)
	opts := paho.NewClientOptions().
		AddBroker("tcp://" + targetAddr).
		SetClientID("devicemill-mqtt-forwarder").
		SetUsername(cfg.MQTTTargetUser).
		SetPassword(cfg.MQTTTargetPass)
	mqttClient := paho.NewClient(opts)
	if tok := mqttClient.Connect(); tok.WaitTimeout(cfg.ForwarderTimeout) && tok.Error() != nil {
		logger.Error("failed to connect to VerneMQ", slog.Any("error", tok.Error()))
		os.Exit(1)
	}
	fwd := dmmqtt.NewForwarder(brokers.SubjectAllChannels, logger)
	if err := fwd.Forward(ctx, svcName, pubSub, dmmqtt.NewPublisher(mqttClient, cfg.QoS)); err != nil {
		logger.Error("failed to forward broker messages", slog.Any("error", err))
		os.Exit(1)
	}

	thingsClient, thingsHandler, err := grpcclient.SetupThingsClient(envPrefixThings)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer thingsHandler.Close()

	h := dmmqtt.NewHandler(pubSub, thingsClient, logger)
	proxy := mqtt.New(":"+cfg.MQTTPort, targetAddr, session.Handler(h), logger)
	logger.Info("MQTT adapter proxying", slog.String("target", targetAddr))
	if err := proxy.Listen(ctx); err != nil {
		logger.Error("mqtt proxy terminated", slog.Any("error", err))
	}
}
