// Copyright © 2023 Idforge Corp
// SPDX-License-Identifier: Apache-2.0

package cmd

import (
	"context"
	"net/http"

	"github.com/julienschmidt/httprouter"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/idforge/idforge/identity/driver"
	"github.com/idforge/idforge/identity/driver/config"
)

func NewServeCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "serve",
		Short: "Run the Idforge Identity server",
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			dev, _ := cmd.Flags().GetBool("dev")
			watchCourier, _ := cmd.Flags().GetBool("watch-courier")

			r, err := driver.New(ctx, cmd.Flags(), dev)
			if err != nil {
				return err
			}

			var g errgroup.Group
			g.Go(func() error { return servePublic(ctx, r) })
			g.Go(func() error { return serveAdmin(ctx, r) })
			if watchCourier {
				g.Go(func() error { return r.Courier().Work(ctx) })
			}
			return g.Wait()
		},
	}
	c.Flags().Bool("dev", false, "Disables critical security features to make development easier")
	c.Flags().Bool("watch-courier", false, "Run the message courier as a background task")
	return c
}

func servePublic(ctx context.Context, r *driver.RegistryDefault) error {
	router := httprouter.New()
	r.SessionHandler().RegisterPublicRoutes(router)
	r.SelfServiceHandlers().RegisterPublicRoutes(router)
	addr := r.Config().PublicListenOn(ctx)
	r.Logger().Infof("Starting the public httpd on: %s", addr)
	return (&http.Server{Addr: addr, Handler: router}).ListenAndServe()
}

func serveAdmin(ctx context.Context, r *driver.RegistryDefault) error {
	router := httprouter.New()
	r.IdentityHandler().RegisterAdminRoutes(router)
	r.SessionHandler().RegisterAdminRoutes(router)
	addr := r.Config().AdminListenOn(ctx)
	r.Logger().Infof("Starting the admin httpd on: %s", addr)
	return (&http.Server{Addr: addr, Handler: router}).ListenAndServe()
}

var _ = config.ViperKeyDSN
