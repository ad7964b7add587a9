module github.com/berthdock/berthdock/src

go 1.21

require (
	github.com/beego/beego/v2 v2.1.4
	github.com/distribution/distribution v2.8.3+incompatible
	github.com/gocraft/work v0.5.1
	github.com/gomodule/redigo v2.0.0+incompatible
	github.com/gorilla/mux v1.8.1
	github.com/jackc/pgx/v4 v4.18.1
	github.com/prometheus/client_golang v1.17.0
	github.com/redis/go-redis/v9 v9.3.0
	go.opentelemetry.io/otel v1.21.0
	go.opentelemetry.io/otel/exporters/jaeger v1.17.0
	gopkg.in/yaml.v2 v2.4.0
)
