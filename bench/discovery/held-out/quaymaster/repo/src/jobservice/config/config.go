// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

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

	"github.com/quaymaster/quaymaster/src/jobservice/common/utils"
)

const (
	jobServiceProtocol                    = "JOB_SERVICE_PROTOCOL"
	jobServicePort                        = "JOB_SERVICE_PORT"
	jobServiceHTTPCert                    = "JOB_SERVICE_HTTPS_CERT"
	jobServiceHTTPKey                     = "JOB_SERVICE_HTTPS_KEY"
	jobServiceWorkerPoolBackend           = "JOB_SERVICE_POOL_BACKEND"
	jobServiceWorkers                     = "JOB_SERVICE_POOL_WORKERS"
	jobServiceRedisURL                    = "JOB_SERVICE_POOL_REDIS_URL"
	jobServiceRedisNamespace              = "JOB_SERVICE_POOL_REDIS_NAMESPACE"
	jobServiceRedisIdleConnTimeoutSecond  = "JOB_SERVICE_POOL_REDIS_CONN_IDLE_TIMEOUT_SECOND"
	jobServiceAuthSecret                  = "JOBSERVICE_SECRET"
	coreURL                               = "CORE_URL"

	// JobServiceProtocolHTTPS points to the 'https' protocol
	JobServiceProtocolHTTPS = "https"
	// JobServiceProtocolHTTP points to the 'http' protocol
	JobServiceProtocolHTTP = "http"

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
}

// Load the configuration options from the specified yaml file.
// If the yaml file is specified and existing, load configurations from yaml file first;
// If detecting env variables is specified, load configurations from env variables;
// Please pay attentions, the detected env variable will override the same configuration item loading from file.
func (c *Configuration) Load(yamlFilePath string, detectEnv bool) error {
	if !utils.IsEmptyStr(yamlFilePath) {
		// Try to load from file first
		data, err := os.ReadFile(yamlFilePath)
		if err != nil {
			return err
		}
		if err = yaml.Unmarshal(data, c); err != nil {
			return err
		}
	}

	if detectEnv {
		// Load from env variables
		c.loadEnvs()
	}

	// translate redis url if needed
	if c.PoolConfig != nil && c.PoolConfig.RedisPoolCfg != nil {
		redisAddress := c.PoolConfig.RedisPoolCfg.RedisURL
		if !utils.IsEmptyStr(redisAddress) {
			if _, err := url.Parse(redisAddress); err != nil {
				if redisURL, ok := utils.TranslateRedisAddress(redisAddress); ok {
					c.PoolConfig.RedisPoolCfg.RedisURL = redisURL
				}
			} else {
				if !strings.HasPrefix(redisAddress, redisSchema) {
					c.PoolConfig.RedisPoolCfg.RedisURL = fmt.Sprintf("%s%s", redisSchema, redisAddress)
				}
			}
		}
	}

	// Validate settings
	return c.validate()
}

// GetAuthSecret get the auth secret from the env
func GetAuthSecret() string {
	return utils.ReadEnv(jobServiceAuthSecret)
}

// GetUIAuthSecret get the auth secret of UI side
func GetUIAuthSecret() string {
	return utils.ReadEnv(uiAuthSecret)
}

// GetCoreURL returns the url of core, used for status hooks and the REST config manager
func GetCoreURL() string {
	return utils.ReadEnv(coreURL)
}

// Load env variables
func (c *Configuration) loadEnvs() {
	prot := utils.ReadEnv(jobServiceProtocol)
	if !utils.IsEmptyStr(prot) {
		c.Protocol = prot
	}

	p := utils.ReadEnv(jobServicePort)
	if !utils.IsEmptyStr(p) {
		if po, err := strconv.Atoi(p); err == nil {
			c.Port = uint(po)
		}
	}

	// Only support redis now
	backend := utils.ReadEnv(jobServiceWorkerPoolBackend)
	if !utils.IsEmptyStr(backend) {
		if c.PoolConfig == nil {
			c.PoolConfig = &PoolConfig{}
		}
		c.PoolConfig.Backend = backend
	}

	// Redis pool
	redisURL := utils.ReadEnv(jobServiceRedisURL)
	if !utils.IsEmptyStr(redisURL) {
		if c.PoolConfig == nil {
			c.PoolConfig = &PoolConfig{}
		}
		if c.PoolConfig.RedisPoolCfg == nil {
			c.PoolConfig.RedisPoolCfg = &RedisPoolConfig{}
		}
		c.PoolConfig.RedisPoolCfg.RedisURL = redisURL
	}

	rn := utils.ReadEnv(jobServiceRedisNamespace)
	if !utils.IsEmptyStr(rn) {
		if c.PoolConfig == nil {
			c.PoolConfig = &PoolConfig{}
		}
		if c.PoolConfig.RedisPoolCfg == nil {
			c.PoolConfig.RedisPoolCfg = &RedisPoolConfig{}
		}
		c.PoolConfig.RedisPoolCfg.Namespace = rn
	}
}

// Check if the configurations are valid settings.
func (c *Configuration) validate() error {
	if c.Protocol != JobServiceProtocolHTTPS &&
		c.Protocol != JobServiceProtocolHTTP {
		return fmt.Errorf("protocol should be %s or %s, but current setting is %s",
			JobServiceProtocolHTTP,
			JobServiceProtocolHTTPS,
			c.Protocol)
	}

	if c.PoolConfig == nil {
		return errors.New("no worker worker is configured")
	}

	if c.PoolConfig.Backend != JobServicePoolBackendRedis {
		return fmt.Errorf("worker worker backend %s does not support", c.PoolConfig.Backend)
	}

	// When backend is redis
	if c.PoolConfig.Backend == JobServicePoolBackendRedis {
		if c.PoolConfig.RedisPoolCfg == nil {
			return fmt.Errorf("redis worker must be configured when backend is set to '%s'", c.PoolConfig.Backend)
		}
		if utils.IsEmptyStr(c.PoolConfig.RedisPoolCfg.RedisURL) {
			return errors.New("URL of redis worker is empty")
		}
	}

	return nil // valid
}
