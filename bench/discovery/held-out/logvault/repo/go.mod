module github.com/logvault/logvault/v3

go 1.23

require (
	github.com/aws/aws-sdk-go v1.55.5
	github.com/bradfitz/gomemcache v0.0.0-20230905024940-24af94b03874
	github.com/go-kit/log v0.2.1
	github.com/gogo/protobuf v1.3.2
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/websocket v1.5.3
	github.com/grafana/dskit v0.0.0-20241007172036-53283a0f6b41
	github.com/hashicorp/consul/api v1.29.4
	github.com/opentracing/opentracing-go v1.2.0
	github.com/prometheus/alertmanager v0.27.0
	github.com/prometheus/client_golang v1.20.4
	github.com/prometheus/prometheus v0.54.1
	github.com/uber/jaeger-client-go v2.30.0+incompatible
	google.golang.org/grpc v1.67.1
	gopkg.in/yaml.v2 v2.4.0
)
