module github.com/freightyard/manifest-service

go 1.14

require (
	github.com/freightyard/account-service v0.0.0
	github.com/freightyard/fleet-service v0.0.0
	github.com/golang/protobuf v1.4.3
	github.com/micro/go-micro/v2 v2.9.1
	github.com/micro/go-plugins/wrapper/trace/opentracing/v2 v2.9.1
	github.com/opentracing/opentracing-go v1.2.0
	github.com/pkg/errors v0.9.1
	github.com/uber/jaeger-client-go v2.25.0+incompatible
	go.mongodb.org/mongo-driver v1.4.4
	google.golang.org/protobuf v1.25.0
)

replace (
	github.com/freightyard/account-service => ../account-service
	github.com/freightyard/fleet-service => ../fleet-service
	google.golang.org/grpc => google.golang.org/grpc v1.26.0
)
