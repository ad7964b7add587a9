module github.com/funcforge/funcforge/gateway

go 1.22

require (
	github.com/gorilla/mux v1.8.1
	github.com/nats-io/nats.go v1.34.1
	github.com/prometheus/client_golang v1.19.0
	go.opentelemetry.io/otel v1.24.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.24.0
	go.opentelemetry.io/otel/sdk v1.24.0
)
