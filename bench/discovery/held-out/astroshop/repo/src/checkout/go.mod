module github.com/stardust-supply/shop/src/checkout

go 1.23.0

require (
	github.com/IBM/sarama v1.45.0
	github.com/google/uuid v1.6.0
	github.com/open-feature/go-sdk v1.14.1
	github.com/open-feature/go-sdk-contrib/hooks/open-telemetry v0.3.4
	github.com/open-feature/go-sdk-contrib/providers/flagd v0.2.3
	github.com/sirupsen/logrus v1.9.3
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.58.0
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.58.0
	go.opentelemetry.io/otel v1.33.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.33.0
	go.opentelemetry.io/otel/sdk v1.33.0
	go.opentelemetry.io/otel/trace v1.33.0
	google.golang.org/grpc v1.69.2
	google.golang.org/protobuf v1.36.1
)
