// Package instrumentation sets up tracing of the tracewell process itself.
package instrumentation

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/tracewell/tracewell/pkg/config"
)

// Setup installs a global tracer provider. The OTLP endpoint is taken from
// the standard OTEL_EXPORTER_OTLP_ENDPOINT variable.
func Setup(ctx context.Context, cfg config.InstrumentationConfig) (func(context.Context) error, error) {
	if !cfg.Traces.Enabled {
		return func(context.Context) error { return nil }, nil
	}
	exp, err := otlptracegrpc.New(ctx, otlptracegrpc.WithInsecure())
	if err != nil {
		return nil, err
	}
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithBatcher(exp),
		sdktrace.WithSampler(sdktrace.ParentBased(sdktrace.TraceIDRatioBased(0.1))),
	)
	otel.SetTracerProvider(tp)
	return tp.Shutdown, nil
}
