package telemetry

import (
	"context"
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"

	"go.timeweave.io/server/common/config"
)

// InitTracing installs an OTLP trace exporter only when global.otel.exporters lists one;
// the endpoint normally comes from OTEL_EXPORTER_OTLP_ENDPOINT.
func InitTracing(cfg config.Telemetry) func() {
	if len(cfg.Exporters) == 0 {
		return func() {}
	}
	exp, err := otlptracegrpc.New(context.Background())
	if err != nil {
		return func() {}
	}
	tp := sdktrace.NewTracerProvider(sdktrace.WithBatcher(exp))
	otel.SetTracerProvider(tp)
	return func() { _ = tp.Shutdown(context.Background()) }
}

// StartPrometheusListener serves /metrics on global.metrics.prometheus.listenAddress
// for scraping; nothing is pushed.
func StartPrometheusListener(cfg *config.Metrics) {
	if cfg == nil || cfg.Prometheus == nil || cfg.Prometheus.ListenAddress == "" {
		return
	}
	mux := http.NewServeMux()
	path := cfg.Prometheus.HandlerPath
	if path == "" {
		path = "/metrics"
	}
	mux.Handle(path, promhttp.Handler())
	go func() { _ = http.ListenAndServe(cfg.Prometheus.ListenAddress, mux) }()
}
