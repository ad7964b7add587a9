// Package tracing configures OpenTelemetry export to Jaeger (OTLP/HTTP).
package tracing

import (
	"context"
	"net/url"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.21.0"
)

// NewProvider exports spans to DM_JAEGER_URL (http://jaeger:4318/v1/traces).
func NewProvider(ctx context.Context, svcName string, jaegerURL url.URL, instanceID string, fraction float64) (*sdktrace.TracerProvider, error) {
	exporter, err := otlptracehttp.New(ctx,
		otlptracehttp.WithEndpoint(jaegerURL.Host),
		otlptracehttp.WithURLPath(jaegerURL.Path),
		otlptracehttp.WithInsecure())
	if err != nil {
		return nil, err
	}
	res := resource.NewWithAttributes(semconv.SchemaURL,
		semconv.ServiceName(svcName),
		semconv.ServiceInstanceID(instanceID))
	tp := sdktrace.NewTracerProvider(
		sdktrace.WithSampler(sdktrace.TraceIDRatioBased(fraction)),
		sdktrace.WithBatcher(exporter),
		sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	return tp, nil
}
