module github.com/tracewell/tracewell

go 1.22

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.25.0
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/websocket v1.5.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/knadh/koanf/v2 v2.1.1
	github.com/mattn/go-sqlite3 v1.14.22
	github.com/open-telemetry/opamp-go v0.15.0
	github.com/segmentio/analytics-go/v3 v3.3.0
	go.opentelemetry.io/otel v1.28.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.28.0
	go.opentelemetry.io/otel/sdk v1.28.0
	go.uber.org/zap v1.27.0
)
