package trace

import (
	"context"
	"os"
	"strconv"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/jaeger"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	"go.opentelemetry.io/otel/sdk/resource"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.4.0"

	"github.com/berthdock/berthdock/src/lib/log"
)

// Enabled returns whether tracing is turned on (TRACE_ENABLED rendered by prepare from the
// trace: section of berthdock.yml, commented out by default).
func Enabled() bool {
	b, _ := strconv.ParseBool(os.Getenv("TRACE_ENABLED"))
	return b
}

// InitGlobalTracer initializes the global trace provider
func InitGlobalTracer(ctx context.Context) *tracesdk.TracerProvider {
	var exp tracesdk.SpanExporter
	var err error
	if ep := os.Getenv("TRACE_JAEGER_ENDPOINT"); ep != "" {
		exp, err = jaeger.New(jaeger.WithCollectorEndpoint(jaeger.WithEndpoint(ep)))
	} else {
		exp, err = otlptracehttp.New(ctx,
			otlptracehttp.WithEndpoint(os.Getenv("TRACE_OTEL_ENDPOINT")),
			otlptracehttp.WithURLPath(os.Getenv("TRACE_OTEL_URL_PATH")),
			otlptracehttp.WithInsecure())
	}
	if err != nil {
		log.Fatalf("failed to create trace exporter: %v", err)
	}
	rate, _ := strconv.ParseFloat(os.Getenv("TRACE_SAMPLE_RATE"), 64)
	tp := tracesdk.NewTracerProvider(
		tracesdk.WithBatcher(exp),
		tracesdk.WithSampler(tracesdk.TraceIDRatioBased(rate)),
		tracesdk.WithResource(resource.NewWithAttributes(semconv.SchemaURL,
			semconv.ServiceNameKey.String(os.Getenv("TRACE_SERVICE_NAME")))),
	)
	otel.SetTracerProvider(tp)
	return tp
}
