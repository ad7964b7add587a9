// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.

package config

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"

	"github.com/quaymaster/quaymaster/src/common"
	"github.com/quaymaster/quaymaster/src/common/models"
	"github.com/quaymaster/quaymaster/src/lib/log"
)

const (
	// SessionCookieName is the name of the cookie for session ID
	SessionCookieName = "sid"

	defaultKeyPath                     = "/etc/core/key"
	defaultRegistryTokenPrivateKeyPath = "/etc/core/private_key.pem"
)

var (
	// defined as a var for testing.
	defaultCACertPath = "/etc/core/ca/ca.crt"
)

// TokenPrivateKeyPath returns the path to the key for signing token for registry
func TokenPrivateKeyPath() string {
	path := os.Getenv("TOKEN_PRIVATE_KEY_PATH")
	if len(path) == 0 {
		path = defaultRegistryTokenPrivateKeyPath
	}
	return path
}

// RegistryURL ...
func RegistryURL() (string, error) {
	url := os.Getenv("REGISTRY_URL")
	if len(url) == 0 {
		url = "http://registry:5000"
	}
	return url, nil
}

// InternalJobServiceURL returns jobservice URL for internal communication between Quaymaster containers
func InternalJobServiceURL() string {
	return os.Getenv("JOBSERVICE_URL")
}

// GetCoreURL returns the url of core from env
func GetCoreURL() string {
	return os.Getenv("CORE_URL")
}

// LocalCoreURL returns the local quaymaster-core url
func LocalCoreURL() string {
	return os.Getenv("CORE_LOCAL_URL")
}

// InternalTokenServiceEndpoint returns token service endpoint for internal communication between Quaymaster containers
func InternalTokenServiceEndpoint() string {
	return InternalCoreURL() + "/service/token"
}

// InternalCoreURL returns the local quaymaster-core url
func InternalCoreURL() string {
	return strings.TrimSuffix(DefaultMgr().Get(backgroundCtx, common.CoreURL).GetString(), "/")
}

// GetRegistryCtlURL returns the URL of registryctl
func GetRegistryCtlURL() string {
	url := os.Getenv("REGISTRY_CONTROLLER_URL")
	if len(url) == 0 {
		return common.DefaultRegistryCtlURL
	}
	return url
}

// TrivyAdapterURL returns the endpoint URL of a Trivy adapter instance, by default it's the one deployed within Quaymaster.
func TrivyAdapterURL() string {
	return DefaultMgr().Get(backgroundCtx, common.TrivyAdapterURL).GetString()
}

// ClairAdapterEndpoint was used by the bundled Clair scanner which has been removed.
// func ClairAdapterEndpoint() string {
// 	return os.Getenv("CLAIR_ADAPTER_URL") // http://clair-adapter:8080
// }

// WithTrivy returns a bool value to indicate if Quaymaster's deployed with Trivy.
func WithTrivy() bool {
	return DefaultMgr().Get(backgroundCtx, common.WithTrivy).GetBool()
}

// ExtEndpoint returns the external URL of Quaymaster: protocol://host:port
func ExtEndpoint() (string, error) {
	return DefaultMgr().Get(backgroundCtx, common.ExtEndpoint).GetString(), nil
}

// Database returns database settings
func Database() (*models.Database, error) {
	database := &models.Database{}
	database.Type = DefaultMgr().Get(backgroundCtx, common.DatabaseType).GetString()
	postgresql := &models.PostGreSQL{
		Host:            DefaultMgr().Get(backgroundCtx, common.PostGreSQLHOST).GetString(),
		Port:            DefaultMgr().Get(backgroundCtx, common.PostGreSQLPort).GetInt(),
		Username:        DefaultMgr().Get(backgroundCtx, common.PostGreSQLUsername).GetString(),
		Password:        DefaultMgr().Get(backgroundCtx, common.PostGreSQLPassword).GetPassword(),
		Database:        DefaultMgr().Get(backgroundCtx, common.PostGreSQLDatabase).GetString(),
		SSLMode:         DefaultMgr().Get(backgroundCtx, common.PostGreSQLSSLMode).GetString(),
		MaxIdleConns:    DefaultMgr().Get(backgroundCtx, common.PostGreSQLMaxIdleConns).GetInt(),
		MaxOpenConns:    DefaultMgr().Get(backgroundCtx, common.PostGreSQLMaxOpenConns).GetInt(),
		ConnMaxLifetime: DefaultMgr().Get(backgroundCtx, common.PostGreSQLConnMaxLifetime).GetDuration(),
		ConnMaxIdleTime: DefaultMgr().Get(backgroundCtx, common.PostGreSQLConnMaxIdleTime).GetDuration(),
	}
	database.PostGreSQL = postgresql

	return database, nil
}

// CacheEnabled returns whether enable cache layer.
func CacheEnabled() bool {
	return DefaultMgr().Get(backgroundCtx, common.CacheEnabled).GetBool()
}

// CacheExpireHours returns the cache expire hours for cache layer.
func CacheExpireHours() int {
	return DefaultMgr().Get(backgroundCtx, common.CacheExpireHours).GetInt()
}

// GetRedisURL returns the redis url of core cache, read from env _REDIS_URL_CORE
func GetRedisURL() (string, error) {
	u := os.Getenv("_REDIS_URL_CORE")
	if len(u) == 0 {
		return "", errors.New("_REDIS_URL_CORE is not set")
	}
	return u, nil
}

// GetPermittedRegistryTypesForProxyCache returns the permitted registry types for proxy cache
func GetPermittedRegistryTypesForProxyCache() []string {
	types := os.Getenv("PERMITTED_REGISTRY_TYPES_FOR_PROXY_CACHE")
	if len(types) == 0 {
		return []string{}
	}
	return strings.Split(types, ",")
}

// MaxJobWorkers ...
func MaxJobWorkers() (int, error) {
	v, err := strconv.Atoi(os.Getenv("MAX_JOB_WORKERS"))
	if err != nil {
		log.Warningf("invalid MAX_JOB_WORKERS, fallback to 10: %v", err)
		return 10, nil
	}
	return v, nil
}

var backgroundCtx = context.Background()
