module github.com/fieldmesh/device-rest-go/v3

go 1.21

require (
	github.com/fieldmesh/device-sdk-go/v3 v3.1.0
	github.com/fieldmesh/go-mod-core-contracts/v3 v3.1.0
	github.com/labstack/echo/v4 v4.11.1
	github.com/stretchr/testify v1.8.4
)
