// Package config provides access to system level configuration. System level settings are read
// from environment variables rendered by the prepare tool (common/config/<component>/env); user
// level settings (auth mode, LDAP, OIDC, email ...) live in the properties table and are managed
// through the configuration API.
package config

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/berthdock/berthdock/src/common"
	"github.com/berthdock/berthdock/src/common/models"
)

const (
	defaultKeyPath                     = "/etc/core/key"
	defaultRegistryTokenPrivateKeyPath = "/etc/core/private_key.pem"
	// SessionCookieName is the name of the cookie for session ID
	SessionCookieName = "sid"
)

// RegistryURL ...
func RegistryURL() (string, error) {
	url := os.Getenv("REGISTRY_URL")
	if len(url) == 0 {
		url = "http://registry:5000"
	}
	return url, nil
}

// InternalCoreURL returns the local berthdock core url.
func InternalCoreURL() string {
	return strings.TrimSuffix(getEnv("CORE_URL", "http://core:8080"), "/")
}

// LocalCoreURL returns the local berthdock core url within the container.
func LocalCoreURL() string {
	return getEnv("CORE_LOCAL_URL", "http://127.0.0.1:8080")
}

// InternalJobServiceURL returns jobservice URL for internal communication between berthdock containers
func InternalJobServiceURL() string {
	return strings.TrimSuffix(getEnv("JOBSERVICE_URL", "http://jobservice:8080"), "/")
}

// GetRegistryCtlURL returns the URL of registryctl
func GetRegistryCtlURL() string {
	return getEnv("REGISTRY_CONTROLLER_URL", "http://registryctl:8080")
}

// TrivyAdapterURL returns the endpoint URL of a Trivy adapter instance, by default it's the one deployed within the installation.
func TrivyAdapterURL() string {
	return strings.TrimSuffix(os.Getenv("TRIVY_ADAPTER_URL"), "/")
}

// InternalTokenServiceEndpoint returns token service endpoint for internal communication between berthdock containers
func InternalTokenServiceEndpoint() string {
	return InternalCoreURL() + "/service/token"
}

// WithTrivy returns a bool value to indicate if berthdock's deployed with Trivy.
func WithTrivy() bool {
	return getBool("WITH_TRIVY")
}

// WithNotary returns a bool value to indicate if berthdock's deployed with Notary. Kept for
// compatibility with old installers, the prepare tool always renders false.
func WithNotary() bool {
	return getBool("WITH_NOTARY")
}

// WithChartMuseum is deprecated and always false for new installations.
func WithChartMuseum() bool {
	return getBool("WITH_CHARTMUSEUM")
}

// RegistryCredential returns the basic auth credential used by core to talk to the registry
func RegistryCredential() (string, string) {
	return os.Getenv("REGISTRY_CREDENTIAL_USERNAME"), os.Getenv("REGISTRY_CREDENTIAL_PASSWORD")
}

// CoreSecret returns the secret used for component to component authentication
func CoreSecret() string {
	return os.Getenv("CORE_SECRET")
}

// JobserviceSecret returns a secret to mark Jobservice when communicate with other component
func JobserviceSecret() string {
	return os.Getenv("JOBSERVICE_SECRET")
}

// Database returns database settings
func Database() (*models.Database, error) {
	database := &models.Database{Type: getEnv("DATABASE_TYPE", "postgresql")}
	port, _ := strconv.Atoi(getEnv("POSTGRESQL_PORT", "5432"))
	maxIdle, _ := strconv.Atoi(getEnv("POSTGRESQL_MAX_IDLE_CONNS", "2"))
	maxOpen, _ := strconv.Atoi(getEnv("POSTGRESQL_MAX_OPEN_CONNS", "0"))
	lifetime, _ := time.ParseDuration(getEnv("POSTGRESQL_CONN_MAX_LIFETIME", "5m"))
	database.PostGreSQL = &models.PostGreSQL{
		Host:            getEnv(strings.ToUpper(common.PostGreSQLHOST), "postgresql"),
		Port:            port,
		Username:        getEnv("POSTGRESQL_USERNAME", "postgres"),
		Password:        os.Getenv("POSTGRESQL_PASSWORD"),
		Database:        getEnv("POSTGRESQL_DATABASE", "registry"),
		SSLMode:         getEnv("POSTGRESQL_SSLMODE", "disable"),
		MaxIdleConns:    maxIdle,
		MaxOpenConns:    maxOpen,
		ConnMaxLifetime: lifetime,
	}
	return database, nil
}

// CacheRedisURL is the redis used by core for caching (db 0 by default)
func CacheRedisURL() string {
	return os.Getenv("_REDIS_URL_CORE")
}

func getEnv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func getBool(key string) bool {
	b, _ := strconv.ParseBool(os.Getenv(key))
	return b
}
