package main

import (
	"time"

	"github.com/urfave/cli/v2"
)

var flags = []cli.Flag{
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_LOG_LEVEL"}, Name: "log-level", Value: "info"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_HOST"}, Name: "server-host", Usage: "server fully qualified url (<scheme>://<host>)"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_SERVER_ADDR"}, Name: "server-addr", Value: ":8000"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GRPC_ADDR"}, Name: "grpc-addr", Value: ":9000", Usage: "server address for agents to connect to"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GRPC_SECRET"}, Name: "grpc-secret", Value: "secret"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_METRICS_SERVER_ADDR"}, Name: "metrics-server-addr", Usage: "optional separate address for /metrics"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_PROMETHEUS_AUTH_TOKEN"}, Name: "prometheus-auth-token", Usage: "token to secure prometheus metrics endpoint"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_AGENT_SECRET"}, Name: "agent-secret"},
	&cli.StringSliceFlag{EnvVars: []string{"WOODPECKER_ADMIN"}, Name: "admin"},
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_OPEN"}, Name: "open"},
	&cli.DurationFlag{EnvVars: []string{"WOODPECKER_KEEPALIVE_MIN_TIME"}, Name: "keepalive-min-time", Value: 0 * time.Second},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_WWW_PROXY"}, Name: "www-proxy", Usage: "serve the website from this url (dev only)", Hidden: true},
	// database
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_DATABASE_DRIVER"}, Name: "driver", Value: "sqlite3", Usage: "database driver: sqlite3, mysql, postgres"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_DATABASE_DATASOURCE"}, Name: "datasource", Value: "woodpecker.sqlite"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_DATABASE_DATASOURCE_FILE"}, Name: "datasource-file"},
	// forge: gitea
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GITEA"}, Name: "gitea"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITEA_URL"}, Name: "gitea-server", Value: "https://try.gitea.io"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITEA_CLIENT"}, Name: "gitea-client"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITEA_SECRET"}, Name: "gitea-secret"},
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GITEA_SKIP_VERIFY"}, Name: "gitea-skip-verify"},
	// forge: github
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GITHUB"}, Name: "github"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITHUB_URL"}, Name: "github-server", Value: "https://github.com"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITHUB_CLIENT"}, Name: "github-client"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITHUB_SECRET"}, Name: "github-secret"},
	// forge: gitlab
	&cli.BoolFlag{EnvVars: []string{"WOODPECKER_GITLAB"}, Name: "gitlab"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITLAB_URL"}, Name: "gitlab-server", Value: "https://gitlab.com"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITLAB_CLIENT"}, Name: "gitlab-client"},
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_GITLAB_SECRET"}, Name: "gitlab-secret"},
	// addon forge (disabled by default)
	&cli.StringFlag{EnvVars: []string{"WOODPECKER_ADDON_FORGE"}, Name: "addon-forge"},
}
