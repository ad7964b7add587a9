module github.com/freightyard/account-cli

go 1.14

require (
	github.com/freightyard/account-service v0.0.0
	github.com/micro/cli/v2 v2.1.2
	github.com/micro/go-micro/v2 v2.9.1
)

replace (
	github.com/freightyard/account-service => ../account-service
	google.golang.org/grpc => google.golang.org/grpc v1.26.0
)
