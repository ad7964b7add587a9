package config

import (
	"fmt"
	"strings"

	"github.com/knadh/koanf/parsers/yaml"
	"github.com/knadh/koanf/providers/confmap"
	"github.com/knadh/koanf/providers/env"
	"github.com/knadh/koanf/providers/file"
	"github.com/knadh/koanf/v2"
)

const envPrefix = "TRACEWELL_"

// knownSections lets us split TRACEWELL_SQLSTORE_SQLITE_PATH into
// sqlstore.sqlite.path while keeping multi-word leaves such as
// smtp.address or clickhouse.max_open_conns intact.
var knownSections = []string{
	"telemetrystore_clickhouse_", "telemetrystore_",
	"sqlstore_sqlite_", "sqlstore_postgres_", "sqlstore_",
	"emailing_smtp_", "emailing_", "instrumentation_traces_",
	"alertmanager_", "analytics_", "opamp_", "web_", "jwt_",
}

func envKey(s string) string {
	k := strings.ToLower(strings.TrimPrefix(s, envPrefix))
	for _, sec := range knownSections {
		if strings.HasPrefix(k, sec) {
			return strings.ReplaceAll(sec, "_", ".") + strings.TrimPrefix(k, sec)
		}
	}
	return k
}

// Load resolves the configuration from defaults, an optional file and the environment.
func Load(path string) (*Config, error) {
	k := koanf.New(".")
	if err := k.Load(confmap.Provider(Defaults(), "."), nil); err != nil {
		return nil, err
	}
	if path != "" {
		if err := k.Load(file.Provider(path), yaml.Parser()); err != nil {
			return nil, fmt.Errorf("load config file %s: %w", path, err)
		}
	}
	if err := k.Load(env.Provider(envPrefix, ".", envKey), nil); err != nil {
		return nil, err
	}
	var cfg Config
	if err := k.Unmarshal("", &cfg); err != nil {
		return nil, err
	}
	return &cfg, nil
}
