// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package driver

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/idforge/idforge/oauth2/consent"
	"github.com/idforge/idforge/oauth2/driver/config"
	"github.com/idforge/idforge/oauth2/oauth2"
	"github.com/idforge/idforge/oauth2/persistence/sql"
)

type Registry struct {
	C  *config.DefaultProvider
	P  *sql.Persister
	L  *logrus.Logger
}

func newRegistry(cmd *cobra.Command) (*Registry, error) {
	files, _ := cmd.Flags().GetStringSlice("config")
	c, err := config.New(files)
	if err != nil {
		return nil, err
	}
	p, err := sql.NewPersister(c.DSN())
	if err != nil {
		return nil, err
	}
	return &Registry{C: c, P: p, L: logrus.New()}, nil
}

func RunServeAll(cmd *cobra.Command, _ []string) error {
	r, err := newRegistry(cmd)
	if err != nil {
		return err
	}
	var g errgroup.Group
	g.Go(func() error { return servePublic(r) })
	g.Go(func() error { return serveAdmin(r) })
	return g.Wait()
}

func RunServePublic(cmd *cobra.Command, _ []string) error {
	r, err := newRegistry(cmd)
	if err != nil {
		return err
	}
	return servePublic(r)
}

func RunServeAdmin(cmd *cobra.Command, _ []string) error {
	r, err := newRegistry(cmd)
	if err != nil {
		return err
	}
	return serveAdmin(r)
}

func RunMigrateSQL(cmd *cobra.Command, _ []string) error {
	r, err := newRegistry(cmd)
	if err != nil {
		return err
	}
	return r.P.MigrateUp(cmd.Context())
}

func servePublic(r *Registry) error {
	router := httprouter.New()
	oauth2.NewHandler(r.C, r.P).SetPublicRoutes(router)
	r.L.Infof("Setting up http server on %s", r.C.PublicListenOn())
	return http.ListenAndServe(r.C.PublicListenOn(), router)
}

func serveAdmin(r *Registry) error {
	router := httprouter.New()
	consent.NewHandler(r.C, r.P).SetAdminRoutes(router)
	oauth2.NewHandler(r.C, r.P).SetAdminRoutes(router)
	r.L.Infof("Setting up http server on %s", r.C.AdminListenOn())
	return http.ListenAndServe(r.C.AdminListenOn(), router)
}
