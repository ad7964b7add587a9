package config

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// EnvPrefix is the prefix of environment variables that override config.json,
// e.g. TW_SQLSETTINGS_DATASOURCE overrides SqlSettings.DataSource.
const EnvPrefix = "TW_"

// Load reads config.json from path and applies TW_* environment overrides.
func Load(path string) (*Config, error) {
	if p := os.Getenv("TW_CONFIG"); p != "" {
		path = p
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config %s: %w", path, err)
	}
	cfg := &Config{}
	if err := json.Unmarshal(raw, cfg); err != nil {
		return nil, fmt.Errorf("parsing config: %w", err)
	}
	applyEnvOverrides(reflect.ValueOf(cfg).Elem(), EnvPrefix)
	return cfg, nil
}

func applyEnvOverrides(v reflect.Value, prefix string) {
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		field := v.Field(i)
		name := prefix + strings.ToUpper(t.Field(i).Name)
		if field.Kind() == reflect.Struct {
			applyEnvOverrides(field, name+"_")
			continue
		}
		val, ok := os.LookupEnv(name)
		if !ok {
			continue
		}
		switch field.Kind() {
		case reflect.String:
			field.SetString(val)
		case reflect.Bool:
			b, _ := strconv.ParseBool(val)
			field.SetBool(b)
		case reflect.Int:
			n, _ := strconv.Atoi(val)
			field.SetInt(int64(n))
		case reflect.Slice:
			if field.Type().Elem().Kind() == reflect.String {
				parts := strings.Fields(val)
				field.Set(reflect.ValueOf(parts))
			}
		}
	}
}
