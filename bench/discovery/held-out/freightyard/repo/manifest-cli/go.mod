module github.com/freightyard/manifest-cli

go 1.14

require (
	github.com/freightyard/manifest-service v0.0.0
	github.com/micro/go-micro/v2 v2.9.1
)

replace (
	github.com/freightyard/manifest-service => ../manifest-service
	google.golang.org/grpc => google.golang.org/grpc v1.26.0
)
