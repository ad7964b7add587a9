module github.com/fieldmesh/app-service-configurable/v3

go 1.21

require (
	github.com/fieldmesh/app-functions-sdk-go/v3 v3.1.0
	github.com/fieldmesh/go-mod-core-contracts/v3 v3.1.0
	github.com/stretchr/testify v1.8.4
)
