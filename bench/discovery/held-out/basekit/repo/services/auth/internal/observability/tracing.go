package observability

import (
	"context"

	"github.com/basekit/auth/internal/conf"
	"github.com/sirupsen/logrus"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
)

// ConfigureTracing sets up an OTLP/HTTP span exporter. The endpoint comes from the standard
// OTEL_EXPORTER_OTLP_ENDPOINT variable (e.g. http://otel-collector:4318).
func ConfigureTracing(ctx context.Context, tc *conf.TracingConfig) error {
	if tc == nil || !tc.Enabled {
		return nil
	}

	exporter, err := otlptracehttp.New(ctx)
	if err != nil {
		return err
	}

	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exporter))
	otel.SetTracerProvider(tp)

	go func() {
		<-ctx.Done()
		if err := tp.Shutdown(context.Background()); err != nil {
			logrus.WithError(err).Error("unable to shutdown tracer provider")
		}
	}()
	logrus.Info("OpenTelemetry tracing configured")
	return nil
}
