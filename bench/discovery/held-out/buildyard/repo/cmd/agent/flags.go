package main

import (
	"time"

	"github.com/urfave/cli/v2"
)

var flags = []cli.Flag{
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_SERVER"}, Name: "server", Value: "localhost:9000", Usage: "server address"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_AGENT_SECRET"}, Name: "grpc-token", Usage: "server-agent shared token"},
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GRPC_SECURE"}, Name: "grpc-secure"},
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GRPC_VERIFY"}, Name: "grpc-skip-insecure", Value: true},
	&cli.DurationFlag{EnvVars: []string{"WOODPECKER_GRPC_KEEPALIVE_TIME"}, Name: "grpc-keepalive-time", Value: 0},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_HOSTNAME"}, Name: "hostname"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_AGENT_CONFIG_FILE"}, Name: "agent-config", Value: "/etc/woodpecker/agent.conf"},
	&cli.IntFlag{EnvVars: []string{"WOODPECKER_MAX_WORKFLOWS"}, Name: "max-workflows", Value: 1},
	&cli.StringSliceFlag{EnvVars: []string{"WOODPECKER_FILTER_LABELS"}, Name: "labels"},
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_HEALTHCHECK"}, Name: "healthcheck", Value: true},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_HEALTHCHECK_ADDR"}, Name: "healthcheck-addr", Value: ":3000"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_BACKEND"}, Name: "backend-engine", Value: "auto-detect", Usage: "docker, kubernetes, local or auto-detect"},
	&cli.DurationFlag{EnvVars: []string{"WOODPECKER_CONNECT_RETRY_DELAY"}, Name: "connect-retry-delay", Value: 2 * time.Second},
	&cli.IntFlag{EnvVars: []string{"WOODPECKER_CONNECT_RETRY_COUNT"}, Name: "connect-retry-count", Value: 5},
}
