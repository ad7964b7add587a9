module github.com/confstack/confstack/conference-application/c4p-service

go 1.20

require (
	github.com/go-chi/chi/v5 v5.0.8
	github.com/google/uuid v1.3.0
	github.com/lib/pq v1.10.9
	github.com/segmentio/kafka-go v0.4.40
	github.com/testcontainers/testcontainers-go v0.20.1
	github.com/testcontainers/testcontainers-go/modules/postgres v0.20.1
)
