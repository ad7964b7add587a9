package config

import (
	"fmt"
	"os"

	"github.com/ilyakaznacheev/cleanenv"

	configs "github.com/brewline-labs/brewline/pkg/config"
)

type (
	Config struct {
		configs.App     `yaml:"app"`
		configs.HTTP    `yaml:"http"`
		configs.Log     `yaml:"logger"`
		GRPC            `yaml:"grpc"`
		CORS            `yaml:"cors"`
		configs.Tracing `yaml:"tracing"`
	}

	GRPC struct {
		ProductHost string `env-required:"true" yaml:"product_host" env:"GRPC_PRODUCT_HOST"`
		ProductPort int    `env-required:"true" yaml:"product_port" env:"GRPC_PRODUCT_PORT"`
		CounterHost string `env-required:"true" yaml:"counter_host" env:"GRPC_COUNTER_HOST"`
		CounterPort int    `env-required:"true" yaml:"counter_port" env:"GRPC_COUNTER_PORT"`
	}

	CORS struct {
		AllowedOrigins string `yaml:"allowed_origins" env:"CORS_ALLOWED_ORIGINS"`
	}
)

func (g GRPC) ProductEndpoint() string {
	return fmt.Sprintf("%s:%d", g.ProductHost, g.ProductPort)
}

func (g GRPC) CounterEndpoint() string {
	return fmt.Sprintf("%s:%d", g.CounterHost, g.CounterPort)
}

func NewConfig() (*Config, error) {
	cfg := &Config{}

	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}

	if err := cleanenv.ReadConfig(dir+"/config.yml", cfg); err != nil {
		return nil, fmt.Errorf("config error: %w", err)
	}

	if err := cleanenv.ReadEnv(cfg); err != nil {
		return nil, err
	}

	return cfg, nil
}
