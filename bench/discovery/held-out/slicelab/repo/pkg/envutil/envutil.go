// Package envutil reads slicelab configuration from the environment.
package envutil

import (
	"os"
	"strconv"
)

// Get returns the env var or a default.
func Get(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

// BoolEnv parses a boolean env var.
func BoolEnv(key string, def bool) bool {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return def
	}
	return b
}

// Enabled reports whether a service module should be mounted. SLICELAB_ENABLE_ALL_SERVICES
// (default true) turns everything on, which is the monolithic mode.
func Enabled(key string) bool {
	return BoolEnv("SLICELAB_ENABLE_ALL_SERVICES", true) || BoolEnv(key, false)
}
