module github.com/apache/skywalking-showcase/services/trending-service

go 1.21

require github.com/segmentio/kafka-go v0.4.47

require (
	github.com/klauspost/compress v1.17.4 // indirect
	github.com/pierrec/lz4/v4 v4.1.19 // indirect
)
