module github.com/cargoline/cargoline/routefinder

go 1.21

require (
	github.com/go-kit/kit v0.13.0
	github.com/go-kit/log v0.2.1
	github.com/prometheus/client_golang v1.17.0
)
