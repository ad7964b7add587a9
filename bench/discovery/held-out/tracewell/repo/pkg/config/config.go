// Package config assembles the runtime configuration of the tracewell binary.
//
// Values are resolved in order: built-in defaults, an optional YAML file
// (--config-file), then environment variables with the TRACEWELL_ prefix.
// Env keys map onto the struct by lower-casing and replacing "_" with ".",
// so TRACEWELL_SQLSTORE_SQLITE_PATH becomes sqlstore.sqlite.path.
package config

import (
	"time"
)

type Config struct {
	Web             WebConfig             `koanf:"web"`
	TelemetryStore  TelemetryStoreConfig  `koanf:"telemetrystore"`
	SQLStore        SQLStoreConfig        `koanf:"sqlstore"`
	Alertmanager    AlertmanagerConfig    `koanf:"alertmanager"`
	Emailing        EmailingConfig        `koanf:"emailing"`
	Analytics       AnalyticsConfig       `koanf:"analytics"`
	Instrumentation InstrumentationConfig `koanf:"instrumentation"`
	OpAMP           OpAMPConfig           `koanf:"opamp"`
	JWT             JWTConfig             `koanf:"jwt"`
}

type WebConfig struct {
	Address        string `koanf:"address"`
	PrivateAddress string `koanf:"private_address"`
}

type TelemetryStoreConfig struct {
	Provider   string           `koanf:"provider"`
	ClickHouse ClickHouseConfig `koanf:"clickhouse"`
}

type ClickHouseConfig struct {
	DSN             string        `koanf:"dsn"`
	MaxOpenConns    int           `koanf:"max_open_conns"`
	DialTimeout     time.Duration `koanf:"dial_timeout"`
	TracesDatabase  string        `koanf:"traces_database"`
	LogsDatabase    string        `koanf:"logs_database"`
	MetricsDatabase string        `koanf:"metrics_database"`
}

type SQLStoreConfig struct {
	Provider string         `koanf:"provider"`
	SQLite   SQLiteConfig   `koanf:"sqlite"`
	Postgres PostgresConfig `koanf:"postgres"`
}

type SQLiteConfig struct {
	Path string `koanf:"path"`
}

type PostgresConfig struct {
	DSN string `koanf:"dsn"`
}

type AlertmanagerConfig struct {
	URL string `koanf:"url"`
}

type EmailingConfig struct {
	Enabled bool       `koanf:"enabled"`
	SMTP    SMTPConfig `koanf:"smtp"`
}

type SMTPConfig struct {
	Address  string `koanf:"address"`
	Username string `koanf:"username"`
	Password string `koanf:"password"`
	From     string `koanf:"from"`
}

type AnalyticsConfig struct {
	Enabled    bool   `koanf:"enabled"`
	SegmentKey string `koanf:"segment_key"`
}

type InstrumentationConfig struct {
	Traces struct {
		Enabled bool `koanf:"enabled"`
	} `koanf:"traces"`
}

type OpAMPConfig struct {
	Address string `koanf:"address"`
}

type JWTConfig struct {
	Secret string `koanf:"secret"`
}

// Defaults mirror what a bare `tracewell` process expects on a developer laptop.
func Defaults() map[string]any {
	return map[string]any{
		"web.address":                             "0.0.0.0:8080",
		"web.private_address":                     "0.0.0.0:8085",
		"telemetrystore.provider":                 "clickhouse",
		"telemetrystore.clickhouse.dsn":           "tcp://localhost:9000",
		"telemetrystore.clickhouse.max_open_conns": 100,
		"telemetrystore.clickhouse.dial_timeout":  "5s",
		"telemetrystore.clickhouse.traces_database": "tracewell_traces",
		"telemetrystore.clickhouse.logs_database":   "tracewell_logs",
		"telemetrystore.clickhouse.metrics_database": "tracewell_metrics",
		"sqlstore.provider":                       "sqlite",
		"sqlstore.sqlite.path":                    "/var/lib/tracewell/tracewell.db",
		"alertmanager.url":                        "http://localhost:9093/api/",
		"emailing.enabled":                        false,
		"analytics.enabled":                       true,
		"instrumentation.traces.enabled":          false,
		"opamp.address":                           "0.0.0.0:4320",
	}
}
