// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/idforge/idforge/oauth2/driver"
)

func main() {
	if err := newRootCmd().Execute(); err != nil {
		os.Exit(1)
	}
}

func newRootCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "oauth2",
		Short: "Run and manage Idforge OAuth2 - OAuth 2.0 and OpenID Connect provider",
	}
	c.PersistentFlags().StringSliceP("config", "c", []string{}, "Path to one or more .json, .yaml, .yml, .toml config files.")

	serve := &cobra.Command{Use: "serve", Short: "Parent command for starting public and administrative HTTP/2 APIs"}
	serve.PersistentFlags().Bool("dev", false, "Disables critical security checks to improve local development experience.")
	serve.AddCommand(
		&cobra.Command{Use: "all", Short: "Serves both public and administrative HTTP/2 APIs", RunE: driver.RunServeAll},
		&cobra.Command{Use: "public", Short: "Serves Public HTTP/2 APIs", RunE: driver.RunServePublic},
		&cobra.Command{Use: "admin", Short: "Serves Administrative HTTP/2 APIs", RunE: driver.RunServeAdmin},
	)

	migrate := &cobra.Command{Use: "migrate", Short: "Various migration helpers"}
	sql := &cobra.Command{Use: "sql <database-url>", Short: "Create SQL schemas and apply migration plans", RunE: driver.RunMigrateSQL}
	sql.Flags().BoolP("read-from-env", "e", false, "If set, reads the database connection string from the environment variable DSN or config file key dsn.")
	sql.Flags().BoolP("yes", "y", false, "If set all confirmation requests are accepted without user interaction.")
	migrate.AddCommand(sql)

	c.AddCommand(serve, migrate)
	return c
}
