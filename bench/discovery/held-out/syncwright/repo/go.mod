module github.com/syncwright-io/syncwright/v2

go 1.22.0

require (
	github.com/alicebob/miniredis/v2 v2.31.1
	github.com/coreos/go-oidc/v3 v3.9.0
	github.com/go-git/go-git/v5 v5.11.0
	github.com/go-playground/webhooks/v6 v6.3.0
	github.com/go-redis/cache/v9 v9.0.0
	github.com/google/go-github/v58 v58.0.0
	github.com/grpc-ecosystem/go-grpc-middleware v1.4.0
	github.com/grpc-ecosystem/grpc-gateway v1.16.0
	github.com/prometheus/client_golang v1.18.0
	github.com/redis/go-redis/v9 v9.4.0
	github.com/sirupsen/logrus v1.9.3
	github.com/soheilhy/cmux v0.1.5
	github.com/spf13/cobra v1.8.0
	github.com/stretchr/testify v1.8.4
	github.com/syncwright-io/gitops-engine v0.9.2
	github.com/syncwright-io/notifications-engine v0.4.1
	go.opentelemetry.io/contrib/instrumentation/google.golang.org/grpc/otelgrpc v0.46.1
	go.opentelemetry.io/otel v1.21.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.21.0
	go.opentelemetry.io/otel/sdk v1.21.0
	golang.org/x/oauth2 v0.16.0
	google.golang.org/grpc v1.60.1
	google.golang.org/protobuf v1.32.0
	gopkg.in/yaml.v2 v2.4.0
	k8s.io/api v0.29.1
	k8s.io/apimachinery v0.29.1
	k8s.io/client-go v0.29.1
	sigs.k8s.io/controller-runtime v0.17.0
)
