// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package config wires cobra flags to viper so that every flag can also be
// supplied as an environment variable: --cassandra.servers becomes
// CASSANDRA_SERVERS, --es.server-urls becomes ES_SERVER_URLS and so on.
package config

import (
	"flag"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"
)

// Viperize creates a new viper instance and registers every flag produced by
// the supplied initialisers.
func Viperize(inits ...func(*flag.FlagSet)) (*viper.Viper, *cobra.Command) {
	v := viper.New()
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_", ".", "_"))
	v.AutomaticEnv()

	cmd := &cobra.Command{}
	fs := new(flag.FlagSet)
	for _, init := range inits {
		init(fs)
	}
	cmd.Flags().AddGoFlagSet(fs)
	_ = v.BindPFlags(cmd.Flags())
	return v, cmd
}

// AddFlags adds the flags shared by all binaries.
func AddFlags(fs *flag.FlagSet) {
	fs.String("log-level", "info", "Minimal allowed log level")
	fs.String("admin.http.host-port", "", "The host:port for the admin server (health check, /metrics, pprof)")
	fs.String("config-file", "", "Configuration file in JSON, TOML, YAML, HCL, or Java properties formats")
}

// GetEnv returns the env var or a default. Used sparingly for settings that
// are not (yet) exposed as flags.
func GetEnv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return fallback
}

// SplitList splits a comma separated list, trimming whitespace.
func SplitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
