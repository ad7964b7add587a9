module github.com/kettleco/shop/public-api

go 1.21

require (
	github.com/graph-gophers/graphql-go v1.5.0
	github.com/hashicorp/go-hclog v1.6.2
	github.com/prometheus/client_golang v1.17.0
	go.opentelemetry.io/otel v1.21.0
	go.opentelemetry.io/otel/exporters/jaeger v1.17.0
	go.opentelemetry.io/otel/sdk v1.21.0
)
