module github.com/tracewell/alertmanager

go 1.22

require (
	github.com/prometheus/alertmanager v0.27.0
	github.com/go-kit/log v0.2.1
	gopkg.in/alecthomas/kingpin.v2 v2.2.6
)
