module github.com/cargoline/cargoline

go 1.21

require (
	github.com/go-kit/kit v0.13.0
	github.com/go-kit/log v0.2.1
	github.com/gorilla/mux v1.8.1
	github.com/nats-io/nats.go v1.31.0
	github.com/pborman/uuid v1.2.1
	github.com/prometheus/client_golang v1.17.0
	github.com/rabbitmq/amqp091-go v1.9.0
	github.com/sony/gobreaker v0.5.0
	go.mongodb.org/mongo-driver v1.13.1
)
