module github.com/hoglytics/hoglytics/capture

go 1.22

require (
	github.com/confluentinc/confluent-kafka-go/v2 v2.3.0
	github.com/kelseyhightower/envconfig v1.4.0
	github.com/redis/go-redis/v9 v9.5.1
	github.com/getsentry/sentry-go v0.27.0
)
