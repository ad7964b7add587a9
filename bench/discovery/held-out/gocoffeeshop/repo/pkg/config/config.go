// Package config holds configuration fragments shared by every Brewline
// service. Each service embeds the pieces it needs and loads them with
// cleanenv from cmd/<svc>/config.yml plus environment overrides.
package config

import "time"

type (
	App struct {
		Name    string `env-required:"true" yaml:"name"    env:"APP_NAME"`
		Version string `env-required:"true" yaml:"version" env:"APP_VERSION"`
	}

	HTTP struct {
		Host string `env-required:"true" yaml:"host" env:"HTTP_HOST"`
		Port int    `env-required:"true" yaml:"port" env:"HTTP_PORT"`
	}

	Log struct {
		Level string `env-required:"true" yaml:"log_level" env:"LOG_LEVEL"`
	}

	PG struct {
		PoolMax int           `env-required:"true" yaml:"pool_max" env:"PG_POOL_MAX"`
		DsnURL  string        `env-required:"true" yaml:"dsn_url"  env:"PG_URL"`
		Timeout time.Duration `yaml:"conn_timeout" env:"PG_CONN_TIMEOUT" env-default:"5s"`
	}

	RabbitMQ struct {
		URL string `env-required:"true" yaml:"url" env:"RABBITMQ_URL"`
	}

	Tracing struct {
		Enabled  bool   `yaml:"enabled" env:"OTEL_ENABLED" env-default:"false"`
		Endpoint string `yaml:"endpoint" env:"OTEL_EXPORTER_OTLP_ENDPOINT"`
	}
)
