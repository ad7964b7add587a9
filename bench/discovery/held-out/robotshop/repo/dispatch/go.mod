module github.com/botbazaar/dispatch

go 1.17

require (
	github.com/instana/go-sensor v1.41.1
	github.com/opentracing/opentracing-go v1.2.0
	github.com/streadway/amqp v1.0.0
)

require (
	github.com/looplab/fsm v0.1.0 // indirect
	github.com/opentracing/basictracer-go v1.1.0 // indirect
)
