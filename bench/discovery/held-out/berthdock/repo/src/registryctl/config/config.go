package config

import (
	"os"

	"gopkg.in/yaml.v2"

	"github.com/berthdock/berthdock/src/lib/log"
)

// DefaultConfig keeps the default configuration of registry controller
var DefaultConfig = &Configuration{}

// Configuration loads the configuration of registry controller.
type Configuration struct {
	Protocol       string `yaml:"protocol"`
	Port           string `yaml:"port"`
	LogLevel       string `yaml:"log_level"`
	HTTPSConfig    struct {
		Cert string `yaml:"cert"`
		Key  string `yaml:"key"`
	} `yaml:"https_config,omitempty"`
	RegistryConfig string `yaml:"registry_config"`
	StorageDriver  string `yaml:"-"`
}

// Load the configuration options from the specified yaml file.
func (c *Configuration) Load(yamlFilePath string, detectEnv bool) error {
	if len(yamlFilePath) != 0 {
		data, err := os.ReadFile(yamlFilePath)
		if err != nil {
			return err
		}
		if err = yaml.Unmarshal(data, c); err != nil {
			return err
		}
	}
	if detectEnv {
		c.loadEnvs()
	}
	return nil
}

// GetJobAuthSecret get the auth secret from the env
func GetJobAuthSecret() string {
	return os.Getenv("JOBSERVICE_SECRET")
}

// GetUIAuthSecret get the auth secret of UI side
func GetUIAuthSecret() string {
	return os.Getenv("CORE_SECRET")
}

func (c *Configuration) loadEnvs() {
	if prot := os.Getenv("REGISTRYCTL_PROTOCOL"); len(prot) != 0 {
		c.Protocol = prot
	}
	if p := os.Getenv("PORT"); len(p) != 0 {
		c.Port = p
	}
	if os.Getenv("INTERNAL_TLS_ENABLED") == "true" {
		c.Protocol = "https"
		c.HTTPSConfig.Cert = os.Getenv("INTERNAL_TLS_CERT_PATH")
		c.HTTPSConfig.Key = os.Getenv("INTERNAL_TLS_KEY_PATH")
	}
	if c.RegistryConfig == "" {
		c.RegistryConfig = "/etc/registry/config.yml"
	}
	log.Debugf("registryctl protocol=%s port=%s", c.Protocol, c.Port)
}
