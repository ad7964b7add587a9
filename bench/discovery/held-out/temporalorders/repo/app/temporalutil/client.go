// Package temporalutil builds Temporal clients configured the same way for
// every API and worker (namespace, data converter, metrics, logger).
package temporalutil

import (
	"log/slog"
	"os"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/log"

	"github.com/tidewater-labs/oms/app/codec"
	"github.com/tidewater-labs/oms/app/config"
)

// NewClient dials the Temporal frontend named by TEMPORAL_ADDRESS.
func NewClient(cfg config.Config, opts ...func(*client.Options)) (client.Client, error) {
	options := client.Options{
		HostPort:  cfg.TemporalAddress,
		Namespace: cfg.TemporalNamespace,
		Logger:    log.NewStructuredLogger(slog.New(slog.NewJSONHandler(os.Stdout, nil))),
	}

	if cfg.EncryptionKeyID != "" {
		options.DataConverter = converter.NewCodecDataConverter(
			converter.GetDefaultDataConverter(),
			codec.NewEncryptionCodec(cfg.EncryptionKeyID),
		)
	}

	for _, o := range opts {
		o(&options)
	}

	return client.Dial(options)
}

// WithMetrics attaches a Prometheus-backed metrics handler to the client.
func WithMetrics(port int) func(*client.Options) {
	return func(o *client.Options) {
		o.MetricsHandler = NewPrometheusHandler(port)
	}
}
