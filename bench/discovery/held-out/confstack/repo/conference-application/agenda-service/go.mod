module github.com/confstack/confstack/conference-application/agenda-service

go 1.20

require (
	github.com/go-chi/chi/v5 v5.0.8
	github.com/google/uuid v1.3.0
	github.com/redis/go-redis/v9 v9.0.5
	github.com/segmentio/kafka-go v0.4.40
	github.com/testcontainers/testcontainers-go v0.20.1
	github.com/testcontainers/testcontainers-go/modules/compose v0.20.1
	dagger.io/dagger v0.6.2
)
