// Package env holds the small helpers cmd/* use to let environment
// variables override flag defaults.
package env

import (
	"os"
	"strconv"
	"time"
)

// String returns the value of the environment variable key, or fallback when
// unset or empty.
func String(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

// Bool parses key as a boolean, returning fallback on absence or error.
func Bool(key string, fallback bool) bool {
	if v, ok := os.LookupEnv(key); ok {
		if b, err := strconv.ParseBool(v); err == nil {
			return b
		}
	}
	return fallback
}

// Duration parses key as a time.Duration, returning fallback on absence or error.
func Duration(key string, fallback time.Duration) time.Duration {
	if v, ok := os.LookupEnv(key); ok {
		if d, err := time.ParseDuration(v); err == nil {
			return d
		}
	}
	return fallback
}
