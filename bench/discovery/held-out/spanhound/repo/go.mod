module github.com/spanhound/spanhound

go 1.22

require (
	github.com/IBM/sarama v1.43.2
	github.com/apache/thrift v0.20.0
	github.com/dgraph-io/badger/v4 v4.2.0
	github.com/gocql/gocql v1.6.0
	github.com/gorilla/mux v1.8.1
	github.com/olivere/elastic/v7 v7.0.32
	github.com/prometheus/client_golang v1.19.1
	github.com/spf13/cobra v1.8.1
	github.com/spf13/viper v1.19.0
	github.com/stretchr/testify v1.9.0
	go.opentelemetry.io/otel v1.28.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.28.0
	go.opentelemetry.io/otel/sdk v1.28.0
	go.opentelemetry.io/otel/trace v1.28.0
	go.uber.org/zap v1.27.0
	google.golang.org/grpc v1.65.0
	google.golang.org/protobuf v1.34.2
)
