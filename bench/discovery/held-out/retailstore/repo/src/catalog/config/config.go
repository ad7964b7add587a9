package config

import (
	"context"

	"github.com/sethvargo/go-envconfig"
)

// PersistenceConfig is read from RETAIL_CATALOG_PERSISTENCE_*.
type PersistenceConfig struct {
	Provider       string `env:"PROVIDER,default=in-memory"`
	Endpoint       string `env:"ENDPOINT"`
	DBName         string `env:"DB_NAME,default=catalogdb"`
	User           string `env:"USER,default=catalog_user"`
	Password       string `env:"PASSWORD"`
	ConnectTimeout int    `env:"CONNECT_TIMEOUT,default=5"`
	MaxOpenConns   int    `env:"MAX_OPEN_CONNS,default=20"`
}

type AppConfiguration struct {
	Port        int               `env:"PORT,default=8080"`
	Persistence PersistenceConfig `env:",prefix=RETAIL_CATALOG_PERSISTENCE_"`
	// Tracing is enabled when OTEL_EXPORTER_OTLP_ENDPOINT is set (read by the OTel SDK itself).
	OtelEndpoint string `env:"OTEL_EXPORTER_OTLP_ENDPOINT"`
}

func Load(ctx context.Context) (*AppConfiguration, error) {
	var cfg AppConfiguration
	if err := envconfig.Process(ctx, &cfg); err != nil {
		return nil, err
	}
	return &cfg, nil
}
