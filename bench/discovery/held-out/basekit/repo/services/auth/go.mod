module github.com/basekit/auth

go 1.23

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/gobuffalo/pop/v6 v6.1.1
	github.com/golang-jwt/jwt/v5 v5.2.1
	github.com/jackc/pgx/v5 v5.6.0
	github.com/joho/godotenv v1.5.1
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/sirupsen/logrus v1.9.3
	github.com/spf13/cobra v1.8.0
	go.opentelemetry.io/otel v1.26.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracehttp v1.26.0
	go.opentelemetry.io/otel/sdk v1.26.0
	golang.org/x/oauth2 v0.21.0
	gopkg.in/gomail.v2 v2.0.0-20160411212932-81ebce5c23df
)
