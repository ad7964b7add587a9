module github.com/confstack/confstack/conference-application/notifications-service

go 1.20

require (
	github.com/go-chi/chi/v5 v5.0.8
	github.com/google/uuid v1.3.0
	github.com/segmentio/kafka-go v0.4.40
)
