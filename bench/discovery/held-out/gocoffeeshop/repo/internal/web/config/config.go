package config

import (
	"fmt"
	"os"
	"time"

	"github.com/ilyakaznacheev/cleanenv"

	configs "github.com/brewline-labs/brewline/pkg/config"
)

type (
	Config struct {
		configs.App  `yaml:"app"`
		configs.HTTP `yaml:"http"`
		configs.Log  `yaml:"logger"`
		Proxy        Proxy `yaml:"proxy"`
	}

	Proxy struct {
		URL       string        `env-required:"true" yaml:"url" env:"REVERSE_PROXY_URL"`
		PublicURL string        `yaml:"public_url" env:"PUBLIC_PROXY_URL"`
		Timeout   time.Duration `yaml:"timeout" env:"REVERSE_PROXY_TIMEOUT" env-default:"5s"`
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

	if cfg.Proxy.PublicURL == "" {
		cfg.Proxy.PublicURL = cfg.Proxy.URL
	}

	return cfg, nil
}
