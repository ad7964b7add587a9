module github.com/kestrel-commerce/routing-go-worker

go 1.21

require (
	google.golang.org/grpc v1.58.2
	google.golang.org/protobuf v1.31.0
	github.com/kelseyhightower/envconfig v1.4.0
)
