// Package observability configures OpenTelemetry tracing for every service.
package observability

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"github.com/codequarry/codequarry/internal/env"
)

var otlpEndpoint = env.Get("OTEL_EXPORTER_OTLP_ENDPOINT", "", "OTLP collector endpoint (e.g. http://otel-collector:4317)")

// InitTracer installs a global tracer provider exporting to the OTel collector.
func InitTracer(ctx context.Context, service string) func() {
	if otlpEndpoint == "" {
		return func() {}
	}
	exp, err := otlptracegrpc.New(ctx, otlptracegrpc.WithEndpointURL(otlpEndpoint), otlptracegrpc.WithInsecure())
	if err != nil {
		return func() {}
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return func() { _ = tp.Shutdown(context.Background()) }
}
