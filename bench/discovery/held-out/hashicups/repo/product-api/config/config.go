package config

import (
	"encoding/json"
	"fmt"
	"os"
)

// Config is the shape of conf.json.
type Config struct {
	DBConnection   string `json:"db_connection"`
	BindAddress    string `json:"bind_address"`
	MetricsAddress string `json:"metrics_address"`
	MaxRetries     int    `json:"max_retries"`
}

// Load reads the JSON file named by CONFIG_FILE (default ./conf.json).
// BIND_ADDRESS in the environment overrides the file.
func Load() (*Config, error) {
	path := os.Getenv("CONFIG_FILE")
	if path == "" {
		path = "conf.json"
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open config %s: %w", path, err)
	}
	defer f.Close()
	var c Config
	if err := json.NewDecoder(f).Decode(&c); err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err)
	}
	if b := os.Getenv("BIND_ADDRESS"); b != "" {
		c.BindAddress = b
	}
	if c.MaxRetries == 0 {
		c.MaxRetries = 10
	}
	return &c, nil
}
