module sessioncast/backend

go 1.21

require (
	github.com/ClickHouse/clickhouse-go/v2 v2.17.1
	github.com/aws/aws-sdk-go v1.50.5
	github.com/confluentinc/confluent-kafka-go/v2 v2.3.0
	github.com/go-redis/redis/v8 v8.11.5
	github.com/gorilla/mux v1.8.1
	github.com/jackc/pgx/v4 v4.18.1
	github.com/oschwald/maxminddb-golang v1.12.0
	github.com/prometheus/client_golang v1.18.0
	github.com/sethvargo/go-envconfig v0.9.0
)
