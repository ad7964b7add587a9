module github.com/fieldmesh/device-virtual-go/v3

go 1.21

require (
	github.com/fieldmesh/device-sdk-go/v3 v3.1.0
	github.com/fieldmesh/go-mod-core-contracts/v3 v3.1.0
	github.com/spf13/cast v1.5.1
	github.com/stretchr/testify v1.8.4
)
