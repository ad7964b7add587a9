// Package config provides functions to handle the configurations of job service.
package config

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"strings"

	"gopkg.in/yaml.v2"
)

const (
	jobServiceProtocol                = "JOB_SERVICE_PROTOCOL"
	jobServicePort                    = "JOB_SERVICE_PORT"
	jobServiceHTTPCert                = "JOB_SERVICE_HTTPS_CERT"
	jobServiceHTTPKey                 = "JOB_SERVICE_HTTPS_KEY"
	jobServiceWorkerPoolBackend       = "JOB_SERVICE_POOL_BACKEND"
	jobServiceWorkers                 = "JOB_SERVICE_POOL_WORKERS"
	jobServiceRedisURL                = "JOB_SERVICE_POOL_REDIS_URL"
	jobServiceRedisNamespace          = "JOB_SERVICE_POOL_REDIS_NAMESPACE"
	jobServiceRedisIdleConnTimeoutSecond = "JOB_SERVICE_POOL_REDIS_CONN_IDLE_TIMEOUT_SECOND"
	jobServiceAuthSecret              = "JOBSERVICE_SECRET"
	coreURL                           = "CORE_URL"

	// JobServicePoolBackendRedis represents redis backend
	JobServicePoolBackendRedis = "redis"

	// secret of UI
	uiAuthSecret = "CORE_SECRET"

	// redis protocol schema
	redisSchema = "redis://"
)

// DefaultConfig is the default configuration reference
var DefaultConfig = &Configuration{}

// Configuration loads and keeps the related configuration items of job service.
type Configuration struct {
	// Protocol server listening on: https/http
	Protocol string `yaml:"protocol"`
	// Server listening port
	Port uint `yaml:"port"`
	// Additional config when using https
	HTTPSConfig *HTTPSConfig `yaml:"https_config,omitempty"`
	// Configurations of worker worker
	PoolConfig *PoolConfig `yaml:"worker_pool,omitempty"`
	// Job logger configurations
	JobLoggerConfigs []*LoggerConfig `yaml:"job_loggers,omitempty"`
	// Logger configurations
	LoggerConfigs []*LoggerConfig `yaml:"loggers,omitempty"`
	// Metric configurations
	Metric *MetricConfig `yaml:"metric,omitempty"`
	// Reaper configurations
	ReaperConfig *ReaperConfig `yaml:"reaper,omitempty"`
}

// HTTPSConfig keeps additional configurations when using https protocol
type HTTPSConfig struct {
	Cert string `yaml:"cert"`
	Key  string `yaml:"key"`
}

// RedisPoolConfig keeps redis worker info.
type RedisPoolConfig struct {
	RedisURL          string `yaml:"redis_url"`
	Namespace         string `yaml:"namespace"`
	IdleTimeoutSecond int64  `yaml:"idle_timeout_second"`
}

// PoolConfig keeps worker worker configurations.
type PoolConfig struct {
	// Worker concurrency
	WorkerCount  uint             `yaml:"workers"`
	Backend      string           `yaml:"backend"`
	RedisPoolCfg *RedisPoolConfig `yaml:"redis_pool,omitempty"`
}

// MetricConfig used for configure metrics
type MetricConfig struct {
	Enabled bool   `yaml:"enabled"`
	Path    string `yaml:"path"`
	Port    int    `yaml:"port"`
}

// ReaperConfig ...
type ReaperConfig struct {
	MaxUpdateHour   int `yaml:"max_update_hours"`
	MaxDanglingHour int `yaml:"max_dangling_hours"`
}

// LoggerConfig keeps logger basic configurations.
type LoggerConfig struct {
	Name     string                 `yaml:"name"`
	Level    string                 `yaml:"level"`
	Settings map[string]interface{} `yaml:"settings"`
	Sweeper  *LogSweeperConfig      `yaml:"sweeper"`
}

// LogSweeperConfig keeps settings of log sweeper
type LogSweeperConfig struct {
	Duration int                    `yaml:"duration"`
	Settings map[string]interface{} `yaml:"settings"`
}

// Load the configuration options from the specified yaml file.
// If the yaml file is specified and existing, load configurations from yaml file first;
// If detecting env variables is specified, load configurations from env variables;
// Please pay attentions, the detected env variable will override the same configuration item loading from file.
func (c *Configuration) Load(yamlFilePath string, detectEnv bool) error {
	if len(yamlFilePath) > 0 {
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

	// Validate settings
	return c.validate()
}

// GetAuthSecret get the auth secret from the env
func GetAuthSecret() string {
	return os.Getenv(jobServiceAuthSecret)
}

// GetUIAuthSecret get the auth secret of UI side
func GetUIAuthSecret() string {
	return os.Getenv(uiAuthSecret)
}

// CoreURL returns the base URL of berthdock core, used for hooks and for reading system configurations
func (c *Configuration) CoreURL() string {
	return strings.TrimSuffix(os.Getenv(coreURL), "/")
}

// MaxUpdateDuration returns the max update duration of the reaper
func MaxUpdateDuration() int {
	if DefaultConfig.ReaperConfig != nil && DefaultConfig.ReaperConfig.MaxUpdateHour > 0 {
		return DefaultConfig.ReaperConfig.MaxUpdateHour
	}
	return 24
}

// Load env variables
func (c *Configuration) loadEnvs() {
	if prot := os.Getenv(jobServiceProtocol); prot != "" {
		c.Protocol = prot
	}
	if p := os.Getenv(jobServicePort); p != "" {
		if po, err := strconv.Atoi(p); err == nil {
			c.Port = uint(po)
		}
	}
	if c.Protocol == "https" {
		cert := os.Getenv(jobServiceHTTPCert)
		key := os.Getenv(jobServiceHTTPKey)
		if cert != "" || key != "" {
			c.HTTPSConfig = &HTTPSConfig{Cert: cert, Key: key}
		}
	}
	if backend := os.Getenv(jobServiceWorkerPoolBackend); backend != "" {
		if c.PoolConfig == nil {
			c.PoolConfig = &PoolConfig{}
		}
		c.PoolConfig.Backend = backend
	}
	if c.PoolConfig != nil && c.PoolConfig.Backend == JobServicePoolBackendRedis {
		if c.PoolConfig.RedisPoolCfg == nil {
			c.PoolConfig.RedisPoolCfg = &RedisPoolConfig{}
		}
		if redisURL := os.Getenv(jobServiceRedisURL); redisURL != "" {
			c.PoolConfig.RedisPoolCfg.RedisURL = redisURL
		}
		if ns := os.Getenv(jobServiceRedisNamespace); ns != "" {
			c.PoolConfig.RedisPoolCfg.Namespace = ns
		}
		if t := os.Getenv(jobServiceRedisIdleConnTimeoutSecond); t != "" {
			if v, err := strconv.ParseInt(t, 10, 64); err == nil {
				c.PoolConfig.RedisPoolCfg.IdleTimeoutSecond = v
			}
		}
	}
	if workers := os.Getenv(jobServiceWorkers); workers != "" && c.PoolConfig != nil {
		if count, err := strconv.Atoi(workers); err == nil {
			c.PoolConfig.WorkerCount = uint(count)
		}
	}
}

// Check if the configurations are valid settings.
func (c *Configuration) validate() error {
	if c.Protocol != "https" && c.Protocol != "http" {
		return fmt.Errorf("protocol should be https or http but current is '%s'", c.Protocol)
	}
	if c.Port == 0 || c.Port > 65535 {
		return fmt.Errorf("port number should be a none zero integer and less or equal 65535, but current is %d", c.Port)
	}
	if c.PoolConfig == nil {
		return errors.New("no worker worker is configured")
	}
	if c.PoolConfig.Backend != JobServicePoolBackendRedis {
		return fmt.Errorf("worker worker backend %s does not support", c.PoolConfig.Backend)
	}
	if c.PoolConfig.RedisPoolCfg == nil {
		return fmt.Errorf("redis worker must be configured when backend is set to '%s'", c.PoolConfig.Backend)
	}
	if !strings.HasPrefix(c.PoolConfig.RedisPoolCfg.RedisURL, redisSchema) &&
		!strings.HasPrefix(c.PoolConfig.RedisPoolCfg.RedisURL, "redis+sentinel://") {
		return errors.New("invalid redis URL")
	}
	if _, err := url.Parse(c.PoolConfig.RedisPoolCfg.RedisURL); err != nil {
		return fmt.Errorf("invalid redis URL: %s", err.Error())
	}
	if len(c.PoolConfig.RedisPoolCfg.Namespace) == 0 {
		return errors.New("namespace of redis worker is required")
	}
	if len(c.CoreURL()) == 0 {
		return errors.New("CORE_URL is required")
	}
	return nil
}
