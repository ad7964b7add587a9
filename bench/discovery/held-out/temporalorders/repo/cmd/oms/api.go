package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"go.temporal.io/sdk/client"
	"golang.org/x/sync/errgroup"

	"github.com/tidewater-labs/oms/app/billing"
	"github.com/tidewater-labs/oms/app/config"
	"github.com/tidewater-labs/oms/app/db"
	"github.com/tidewater-labs/oms/app/fraud"
	"github.com/tidewater-labs/oms/app/order"
	"github.com/tidewater-labs/oms/app/shipment"
	"github.com/tidewater-labs/oms/app/temporalutil"
)

func newAPICommand() *cobra.Command {
	var services []string

	cmd := &cobra.Command{
		Use:   "api",
		Short: "Run one or more HTTP APIs (order, billing, shipment, fraud)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			cfg := config.Load()

			// Only the APIs that start or signal workflows need a Temporal client.
			var c client.Client
			if contains(services, "order") || contains(services, "billing") || contains(services, "shipment") {
				var err error
				c, err = temporalutil.NewClient(cfg)
				if err != nil {
					return fmt.Errorf("temporal client: %w", err)
				}
				defer c.Close()
			}

			// Order and shipment records live in MongoDB (SQLite file locally).
			var store db.DB
			if contains(services, "order") || contains(services, "shipment") {
				var err error
				store, err = db.Open(ctx, cfg)
				if err != nil {
					return fmt.Errorf("database: %w", err)
				}
				defer store.Close()
			}

			g, gctx := errgroup.WithContext(ctx)
			if contains(services, "billing") {
				g.Go(func() error {
					return billing.RunServer(gctx, cfg.ListenAddress(config.DefaultBillingPort), c, logger)
				})
			}
			if contains(services, "order") {
				g.Go(func() error {
					return order.RunServer(gctx, cfg.ListenAddress(config.DefaultOrderPort), c, store, logger)
				})
			}
			if contains(services, "shipment") {
				g.Go(func() error {
					return shipment.RunServer(gctx, cfg.ListenAddress(config.DefaultShipmentPort), c, store, logger)
				})
			}
			if contains(services, "fraud") {
				g.Go(func() error {
					return fraud.RunServer(gctx, cfg.ListenAddress(config.DefaultFraudPort), logger)
				})
			}
			return g.Wait()
		},
	}

	cmd.Flags().StringSliceVarP(&services, "service", "s", []string{"all"}, "APIs to run: order, billing, shipment, fraud or all")
	return cmd
}
