package config

import (
	"fmt"
	"os"

	"github.com/ilyakaznacheev/cleanenv"

	configs "github.com/brewline-labs/brewline/pkg/config"
)

type Config struct {
	configs.App     `yaml:"app"`
	configs.HTTP    `yaml:"http"`
	configs.Log     `yaml:"logger"`
	configs.Tracing `yaml:"tracing"`
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
