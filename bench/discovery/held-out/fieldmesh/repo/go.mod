module github.com/fieldmesh/fieldmesh-go/v3

go 1.21

require (
	github.com/fieldmesh/go-mod-bootstrap/v3 v3.1.0
	github.com/fieldmesh/go-mod-configuration/v3 v3.1.0
	github.com/fieldmesh/go-mod-core-contracts/v3 v3.1.0
	github.com/fieldmesh/go-mod-messaging/v3 v3.1.0
	github.com/fieldmesh/go-mod-registry/v3 v3.1.0
	github.com/fieldmesh/go-mod-secrets/v3 v3.1.0
	github.com/eclipse/paho.mqtt.golang v1.4.3
	github.com/gomodule/redigo v1.8.9
	github.com/google/uuid v1.3.1
	github.com/gorilla/mux v1.8.0
	github.com/labstack/echo/v4 v4.11.1
	github.com/stretchr/testify v1.8.4
)

require (
	github.com/nats-io/nats.go v1.30.2 // indirect; only with -tags include_nats_messaging
	github.com/hashicorp/consul/api v1.25.1 // indirect
	github.com/hashicorp/go-hclog v1.5.0 // indirect
	github.com/fxamacker/cbor/v2 v2.5.0 // indirect
	github.com/go-playground/validator/v10 v10.15.4 // indirect
	github.com/golang-jwt/jwt/v4 v4.5.0 // indirect
	github.com/pelletier/go-toml v1.9.5 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
