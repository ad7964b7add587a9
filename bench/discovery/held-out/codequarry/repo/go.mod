module github.com/codequarry/codequarry

go 1.21

require (
	cloud.google.com/go/storage v1.35.1
	github.com/aws/aws-sdk-go-v2 v1.24.0
	github.com/aws/aws-sdk-go-v2/config v1.26.1
	github.com/aws/aws-sdk-go-v2/credentials v1.16.12
	github.com/aws/aws-sdk-go-v2/feature/s3/manager v1.15.7
	github.com/aws/aws-sdk-go-v2/service/s3 v1.47.5
	github.com/gomodule/redigo v1.8.9
	github.com/gorilla/mux v1.8.1
	github.com/jackc/pgx/v4 v4.18.1
	github.com/segmentio/kafka-go v0.4.46
	github.com/sourcegraph/log v0.0.0-20231018134238-fbadff7458bb
	go.opentelemetry.io/otel v1.21.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.21.0
	go.opentelemetry.io/otel/sdk v1.21.0
	google.golang.org/grpc v1.60.1
	google.golang.org/protobuf v1.31.0
)
