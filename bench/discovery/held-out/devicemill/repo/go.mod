module github.com/devicemill/devicemill

go 1.21

require (
	github.com/authzed/authzed-go v0.10.1
	github.com/authzed/grpcutil v0.0.0-20230908193239-4286bb1d6403
	github.com/caarlos0/env/v10 v10.0.0
	github.com/go-chi/chi/v5 v5.0.11
	github.com/go-redis/redis/v8 v8.11.5
	github.com/golang-jwt/jwt/v5 v5.2.0
	github.com/google/uuid v1.5.0
	github.com/gorilla/websocket v1.5.1
	github.com/jackc/pgx/v5 v5.5.1
	github.com/jmoiron/sqlx v1.3.5
	github.com/nats-io/nats.go v1.31.0
	github.com/ory/keto/proto v0.11.1-alpha.0
	github.com/plgd-dev/go-coap/v3 v3.3.1
	github.com/rabbitmq/amqp091-go v1.9.0
	github.com/absmach/mproxy v0.4.0
	github.com/eclipse/paho.mqtt.golang v1.4.3
	go.opentelemetry.io/otel v1.21.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.21.0
	go.opentelemetry.io/otel/sdk v1.21.0
	golang.org/x/crypto v0.18.0
	google.golang.org/grpc v1.60.1
	google.golang.org/protobuf v1.32.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
	github.com/pelletier/go-toml v1.9.5
	github.com/prometheus/client_golang v1.18.0
)
