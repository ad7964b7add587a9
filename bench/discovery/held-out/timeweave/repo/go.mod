module go.timeweave.io/server

go 1.22

require (
	github.com/aws/aws-sdk-go v1.50.10
	github.com/go-sql-driver/mysql v1.7.1
	github.com/gocql/gocql v1.6.0
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/jackc/pgx/v5 v5.5.3
	github.com/jmoiron/sqlx v1.3.5
	github.com/olivere/elastic/v7 v7.0.32
	github.com/temporalio/ringpop-go v0.0.0-20230606200434-b5c079f412d3
	github.com/urfave/cli/v2 v2.27.1
	go.opentelemetry.io/otel v1.22.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.22.0
	go.opentelemetry.io/otel/exporters/prometheus v0.45.0
	go.timeweave.io/api v1.28.0
	go.timeweave.io/sdk v1.26.0
	go.uber.org/fx v1.20.1
	google.golang.org/grpc v1.61.0
	gopkg.in/yaml.v3 v3.0.1
)
