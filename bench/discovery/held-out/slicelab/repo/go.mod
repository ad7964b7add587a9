module github.com/ovenworks/slicelab

go 1.22

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/go-chi/cors v1.2.1
	github.com/gorilla/websocket v1.5.1
	github.com/grafana/pyroscope-go v1.1.1
	github.com/prometheus/client_golang v1.19.0
	github.com/uptrace/bun v1.1.17
	github.com/uptrace/bun/dialect/pgdialect v1.1.17
	github.com/uptrace/bun/dialect/sqlitedialect v1.1.17
	github.com/uptrace/bun/driver/pgdriver v1.1.17
	github.com/uptrace/bun/driver/sqliteshim v1.1.17
	github.com/uptrace/bun/extra/bunotel v1.1.17
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.49.0
	go.opentelemetry.io/otel v1.24.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.24.0
	go.opentelemetry.io/otel/sdk v1.24.0
	golang.org/x/exp v0.0.0-20240222234643-814bf88cf225
)
