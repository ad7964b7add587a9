module github.com/funcforge/funcforge/queue-worker

go 1.22

require (
	github.com/nats-io/nats.go v1.34.1
	github.com/prometheus/client_golang v1.19.0
)
