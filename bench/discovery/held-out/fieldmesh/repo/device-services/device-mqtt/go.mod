module github.com/fieldmesh/device-mqtt-go/v3

go 1.21

require (
	github.com/fieldmesh/device-sdk-go/v3 v3.1.0
	github.com/fieldmesh/go-mod-core-contracts/v3 v3.1.0
	github.com/eclipse/paho.mqtt.golang v1.4.3
	github.com/google/uuid v1.3.1
	github.com/stretchr/testify v1.8.4
)
