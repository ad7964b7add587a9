package config

import (
	"fmt"
	"os"

	"github.com/ilyakaznacheev/cleanenv"

	configs "github.com/brewline-labs/brewline/pkg/config"
)

type (
	Config struct {
		configs.App `yaml:"app"`
		configs.Log `yaml:"logger"`
		PG          configs.PG       `yaml:"postgres"`
		RabbitMQ    configs.RabbitMQ `yaml:"rabbitmq"`
		Barista     Barista          `yaml:"barista"`
		Metrics     Metrics          `yaml:"metrics"`
	}

	Barista struct {
		Name        string  `yaml:"name" env:"BARISTA_NAME" env-default:"barista-1"`
		SpeedFactor float64 `yaml:"speed_factor" env:"BARISTA_SPEED_FACTOR" env-default:"1.0"`
	}

	Metrics struct {
		Port int `yaml:"port" env:"METRICS_PORT" env-default:"9103"`
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
