module github.com/tracewell/tracewell/collector

go 1.22

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.25.0
	github.com/open-telemetry/opentelemetry-collector-contrib/exporter/kafkaexporter v0.111.0
	github.com/open-telemetry/opentelemetry-collector-contrib/receiver/jaegerreceiver v0.111.0
	github.com/open-telemetry/opentelemetry-collector-contrib/receiver/hostmetricsreceiver v0.111.0
	github.com/open-telemetry/opentelemetry-collector-contrib/receiver/prometheusreceiver v0.111.0
	github.com/spf13/cobra v1.8.1
	go.opentelemetry.io/collector/component v0.111.0
	go.opentelemetry.io/collector/exporter v0.111.0
	go.opentelemetry.io/collector/otelcol v0.111.0
	go.opentelemetry.io/collector/pdata v1.17.0
	go.opentelemetry.io/collector/receiver/otlpreceiver v0.111.0
	go.uber.org/zap v1.27.0
)
