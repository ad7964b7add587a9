module github.com/nodeloom-io/task-runner-launcher

go 1.23

require (
	github.com/gorilla/websocket v1.5.3
	github.com/sethvargo/go-envconfig v1.1.0
)
