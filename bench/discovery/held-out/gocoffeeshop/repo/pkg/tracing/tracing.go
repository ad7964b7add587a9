// Package tracing configures the OpenTelemetry SDK. Spans are shipped to the
// otel-collector sidecar/service when OTEL_ENABLED=true.
package tracing

import (
	"context"
	"log/slog"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/brewline-labs/brewline/pkg/config"
)

type ShutdownFunc func(context.Context) error

func Init(ctx context.Context, serviceName string, cfg config.Tracing) (ShutdownFunc, error) {
	if !cfg.Enabled {
		slog.Debug("tracing disabled", "service", serviceName)

		return func(context.Context) error { return nil }, nil
	}

	exp, err := otlptracegrpc.New(ctx,
		otlptracegrpc.WithEndpoint(cfg.Endpoint),
		otlptracegrpc.WithInsecure(),
	)
	if err != nil {
		return nil, err
	}

	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)

	slog.Info("tracing enabled", "service", serviceName, "endpoint", cfg.Endpoint)

	return tp.Shutdown, nil
}
