module github.com/ThreeDotsLabs/monolith-microservice-shop

go 1.12

require (
	github.com/ThreeDotsLabs/watermill v1.0.0
	github.com/ThreeDotsLabs/watermill-amqp v1.0.0
	github.com/go-chi/chi v4.0.2+incompatible
	github.com/go-chi/render v1.0.1
	github.com/pkg/errors v0.8.1
	github.com/satori/go.uuid v1.2.0
	github.com/stretchr/testify v1.4.0
)
