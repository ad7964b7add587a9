// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package cmd

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/idforge/idforge/permissions/internal/check"
	"github.com/idforge/idforge/permissions/internal/driver/config"
	"github.com/idforge/idforge/permissions/internal/persistence/sql"
	"github.com/idforge/idforge/permissions/internal/relationtuple"
)

func NewRootCmd() *cobra.Command {
	root := &cobra.Command{Use: "permissions", Short: "Global and consistent permission and authorization server"}
	root.PersistentFlags().StringSliceP("config", "c", []string{}, "Config files to load.")

	serve := &cobra.Command{
		Use:   "serve",
		Short: "Starts the server and serves the HTTP REST and gRPC APIs",
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, p, err := setup(cmd)
			if err != nil {
				return err
			}
			l := logrus.New()

			read := httprouter.New()
			check.NewHandler(p).RegisterReadRoutes(read)
			relationtuple.NewHandler(p).RegisterReadRoutes(read)

			write := httprouter.New()
			relationtuple.NewHandler(p).RegisterWriteRoutes(write)

			var g errgroup.Group
			g.Go(func() error {
				l.Infof("Starting read API on %s", c.ReadAPIListenOn())
				return http.ListenAndServe(c.ReadAPIListenOn(), read)
			})
			g.Go(func() error {
				l.Infof("Starting write API on %s", c.WriteAPIListenOn())
				return http.ListenAndServe(c.WriteAPIListenOn(), write)
			})
			return g.Wait()
		},
	}

	migrate := &cobra.Command{Use: "migrate", Short: "Commands to migrate the database"}
	up := &cobra.Command{
		Use:   "up",
		Short: "Migrate the database up",
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, p, err := setup(cmd)
			if err != nil {
				return err
			}
			return p.MigrateUp(cmd.Context())
		},
	}
	up.Flags().BoolP("yes", "y", false, "yes to all questions, no user input required")
	migrate.AddCommand(up)

	root.AddCommand(serve, migrate)
	return root
}

func setup(cmd *cobra.Command) (*config.Provider, *sql.Persister, error) {
	files, _ := cmd.Flags().GetStringSlice("config")
	c, err := config.New(files)
	if err != nil {
		return nil, nil, err
	}
	p, err := sql.NewPersister(c.DSN(), c.NamespaceLocation())
	return c, p, err
}
