// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package cmd

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/idforge/idforge/identity/driver"
	"github.com/idforge/idforge/identity/driver/config"
)

func NewMigrateCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "migrate",
		Short: "Various migration helpers",
	}
	c.AddCommand(newMigrateSQLCmd())
	return c
}

func newMigrateSQLCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "sql <database-url>",
		Short: "Create SQL schemas and apply migration plans",
		Long: `Run this command on a fresh SQL installation and when you upgrade Idforge Identity to a new minor version.

It is recommended to run this command close to the SQL instance (e.g. same subnet) instead of over the public internet.
This decreases risk of failure and decreases time required.

You can read in the database URL using the -e flag, for example:
	export DSN=...
	identity migrate sql -e`,
		RunE: func(cmd *cobra.Command, args []string) error {
			fromEnv, _ := cmd.Flags().GetBool("read-from-env")
			yes, _ := cmd.Flags().GetBool("yes")

			if !fromEnv && len(args) == 1 {
				_ = cmd.Flags().Set(config.FlagDSN, args[0])
			}

			r, err := driver.New(cmd.Context(), cmd.Flags(), false)
			if err != nil {
				return err
			}
			if !yes {
				fmt.Fprintln(cmd.OutOrStdout(), "Pass --yes to apply the migration plan.")
				return nil
			}
			return r.Persister().MigrateUp(cmd.Context())
		},
	}
	c.Flags().BoolP("read-from-env", "e", false, "If set, reads the database connection string from the environment variable DSN or config file key dsn.")
	c.Flags().BoolP("yes", "y", false, "If set all confirmation requests are accepted without user interaction.")
	return c
}

// NewCourierCmd runs the courier as a standalone worker (`identity courier watch`).
func NewCourierCmd() *cobra.Command {
	c := &cobra.Command{Use: "courier", Short: "Commands related to the Idforge Identity message courier"}
	c.AddCommand(&cobra.Command{
		Use: "watch",
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := driver.New(cmd.Context(), cmd.Flags(), false)
			if err != nil {
				return err
			}
			return r.Courier().Work(cmd.Context())
		},
	})
	return c
}
