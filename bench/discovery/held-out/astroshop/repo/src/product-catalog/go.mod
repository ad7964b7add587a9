module github.com/stardust-supply/shop/src/product-catalog

go 1.23.0

require (
	github.com/open-feature/go-sdk v1.14.1
	github.com/open-feature/go-sdk-contrib/providers/flagd v0.2.3
	github.com/sirupsen/logrus v1.9.3
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.58.0
	go.opentelemetry.io/otel v1.33.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.33.0
	go.opentelemetry.io/otel/sdk v1.33.0
	google.golang.org/grpc v1.69.2
	google.golang.org/protobuf v1.36.1
)
