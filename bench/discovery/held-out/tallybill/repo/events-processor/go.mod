module github.com/tallybill/tallybill/events-processor

go 1.22

require (
	github.com/jackc/pgx/v5 v5.6.0
	github.com/redis/go-redis/v9 v9.5.3
	github.com/twmb/franz-go v1.17.0
	github.com/twmb/franz-go/plugin/kotel v1.5.0
	github.com/prometheus/client_golang v1.19.1
	go.opentelemetry.io/otel v1.28.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.28.0
	go.opentelemetry.io/otel/sdk v1.28.0
	gorm.io/driver/postgres v1.5.9
	gorm.io/gorm v1.25.11
)
