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
		PG              configs.PG       `yaml:"postgres"`
		RabbitMQ        configs.RabbitMQ `yaml:"rabbitmq"`
		ProductClient   ProductClient    `yaml:"product_client"`
		Migrations      Migrations       `yaml:"migrations"`
		Metrics         Metrics          `yaml:"metrics"`
		configs.Tracing `yaml:"tracing"`
	}

	// ProductClient is the gRPC address of the product service, used to
	// price line items when an order is placed.
	ProductClient struct {
		URL string `env-required:"true" yaml:"url" env:"PRODUCT_CLIENT_URL"`
	}

	Migrations struct {
		Path string `yaml:"path" env:"MIGRATIONS_PATH" env-default:"file://db/migrations"`
	}

	Metrics struct {
		Port int `yaml:"port" env:"METRICS_PORT" env-default:"9102"`
	}
)

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
