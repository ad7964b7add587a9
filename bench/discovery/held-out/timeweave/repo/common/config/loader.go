package config

import (
	"fmt"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

const (
	baseFile = "base.yaml"
	envVarConfigFile = "TIMEWEAVE_CONFIG_FILE"
)

// LoadConfig reads base.yaml, then <env>.yaml, then <env>_<zone>.yaml from configDir
// and merges them in that order. The docker image renders docker.yaml from
// config_template.yaml with dockerize before the server starts, and runs with
// --env docker.
func LoadConfig(env, configDir, zone string) (*Config, error) {
	if f := os.Getenv(envVarConfigFile); f != "" {
		return loadFiles([]string{f})
	}
	files := []string{filepath.Join(configDir, baseFile), filepath.Join(configDir, env+".yaml")}
	if zone != "" {
		files = append(files, filepath.Join(configDir, fmt.Sprintf("%s_%s.yaml", env, zone)))
	}
	return loadFiles(files)
}

func loadFiles(files []string) (*Config, error) {
	cfg := &Config{}
	loaded := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		// ${VAR} expansion is supported in plain yaml configs as well
		expanded := os.ExpandEnv(string(data))
		if err := yaml.Unmarshal([]byte(expanded), cfg); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		loaded++
	}
	if loaded == 0 {
		return nil, fmt.Errorf("no config files found in %v", files)
	}
	return cfg, cfg.Validate()
}

func (c *Config) Validate() error {
	if c.Persistence.DefaultStore == "" {
		return fmt.Errorf("persistence.defaultStore is required")
	}
	if _, ok := c.Persistence.DataStores[c.Persistence.DefaultStore]; !ok {
		return fmt.Errorf("persistence.datastores has no %q", c.Persistence.DefaultStore)
	}
	return nil
}
