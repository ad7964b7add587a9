// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/idforge/idforge/identity/driver/config"
)

// NewRootCmd returns the root command of the identity server.
func NewRootCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "identity",
		Short: "Idforge Identity - cloud native identity and user management",
	}
	config.RegisterConfigFlag(c.PersistentFlags())

	c.AddCommand(
		NewServeCmd(),
		NewMigrateCmd(),
		NewCourierCmd(),
	)
	return c
}

func Execute() int {
	if err := NewRootCmd().Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
