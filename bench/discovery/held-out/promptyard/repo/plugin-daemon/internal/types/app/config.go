package app

import (
	"fmt"

	"github.com/go-playground/validator/v10"
)

type Config struct {
	// server
	ServerPort uint16 `envconfig:"SERVER_PORT" validate:"required"`
	ServerKey  string `envconfig:"SERVER_KEY" validate:"required"`

	// promptyard backwards invocation
	YardInnerApiURL string `envconfig:"YARD_INNER_API_URL" validate:"required"`
	YardInnerApiKey string `envconfig:"YARD_INNER_API_KEY"`

	// plugin remote installing
	PluginRemoteInstallingHost                string `envconfig:"PLUGIN_REMOTE_INSTALLING_HOST"`
	PluginRemoteInstallingPort                uint16 `envconfig:"PLUGIN_REMOTE_INSTALLING_PORT"`
	PluginRemoteInstallingEnabled             *bool  `envconfig:"PLUGIN_REMOTE_INSTALLING_ENABLED"`
	PluginRemoteInstallingMaxConn             int    `envconfig:"PLUGIN_REMOTE_INSTALLING_MAX_CONN"`
	PluginRemoteInstallServerEventLoopNums    int    `envconfig:"PLUGIN_REMOTE_INSTALL_SERVER_EVENT_LOOP_NUMS"`

	// plugin endpoint
	PluginEndpointEnabled *bool `envconfig:"PLUGIN_ENDPOINT_ENABLED"`

	// storage
	PluginStorageType      string `envconfig:"PLUGIN_STORAGE_TYPE" validate:"required,oneof=local"`
	PluginStorageLocalRoot string `envconfig:"PLUGIN_STORAGE_LOCAL_ROOT"`

	// plugin packages
	PluginInstalledPath    string `envconfig:"PLUGIN_INSTALLED_PATH" validate:"required"`
	PluginWorkingPath      string `envconfig:"PLUGIN_WORKING_PATH"`
	PluginPackageCachePath string `envconfig:"PLUGIN_PACKAGE_CACHE_PATH"`
	PluginMediaCachePath   string `envconfig:"PLUGIN_MEDIA_CACHE_PATH"`
	MaxPluginPackageSize   int64  `envconfig:"MAX_PLUGIN_PACKAGE_SIZE" validate:"required"`

	// request timeout
	PluginMaxExecutionTimeout int `envconfig:"PLUGIN_MAX_EXECUTION_TIMEOUT" validate:"required"`

	// redis
	RedisHost     string `envconfig:"REDIS_HOST" validate:"required"`
	RedisPort     uint16 `envconfig:"REDIS_PORT" validate:"required"`
	RedisPass     string `envconfig:"REDIS_PASSWORD"`
	RedisUser     string `envconfig:"REDIS_USERNAME"`
	RedisUseSsl   bool   `envconfig:"REDIS_USE_SSL"`
	RedisDB       int    `envconfig:"REDIS_DB"`

	// database
	DBUsername string `envconfig:"DB_USERNAME" validate:"required"`
	DBPassword string `envconfig:"DB_PASSWORD" validate:"required"`
	DBHost     string `envconfig:"DB_HOST" validate:"required"`
	DBPort     uint16 `envconfig:"DB_PORT" validate:"required"`
	DBDatabase string `envconfig:"DB_DATABASE" validate:"required"`
	DBDefaultDatabase string `envconfig:"DB_DEFAULT_DATABASE" validate:"required"`
	DBSslMode  string `envconfig:"DB_SSL_MODE" validate:"required,oneof=disable require"`
	DBMaxIdleConns int `envconfig:"DB_MAX_IDLE_CONNS"`
	DBMaxOpenConns int `envconfig:"DB_MAX_OPEN_CONNS"`

	// python
	PythonInterpreterPath string `envconfig:"PYTHON_INTERPRETER_PATH"`
	PythonEnvInitTimeout  int    `envconfig:"PYTHON_ENV_INIT_TIMEOUT" validate:"required"`
	PipMirrorUrl          string `envconfig:"PIP_MIRROR_URL"`

	ForceVerifyingSignature *bool `envconfig:"FORCE_VERIFYING_SIGNATURE"`

	PPROFEnabled bool `envconfig:"PPROF_ENABLED"`

	Platform string `envconfig:"PLATFORM" validate:"required"`
}

func (c *Config) Validate() error {
	validator := validator.New()
	err := validator.Struct(c)
	if err != nil {
		return err
	}

	if c.PluginRemoteInstallingEnabled != nil && *c.PluginRemoteInstallingEnabled {
		if c.PluginRemoteInstallingHost == "" {
			return fmt.Errorf("plugin remote installing host is empty")
		}
		if c.PluginRemoteInstallingPort == 0 {
			return fmt.Errorf("plugin remote installing port is empty")
		}
	}

	return nil
}

func (c *Config) SetDefault() {
	setDefaultInt(&c.ServerPort, 5002)
	setDefaultInt(&c.PluginMaxExecutionTimeout, 600)
	setDefaultInt(&c.DBMaxIdleConns, 10)
	setDefaultInt(&c.DBMaxOpenConns, 30)
	setDefaultString(&c.DBDefaultDatabase, "postgres")
	setDefaultString(&c.DBSslMode, "disable")
	setDefaultString(&c.PluginStorageType, "local")
	setDefaultString(&c.PythonInterpreterPath, "/usr/bin/python3")
}

func setDefaultInt[T ~int | ~int64 | ~uint16](value *T, defaultValue T) {
	if *value == 0 {
		*value = defaultValue
	}
}

func setDefaultString(value *string, defaultValue string) {
	if *value == "" {
		*value = defaultValue
	}
}
