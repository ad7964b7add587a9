package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"go.temporal.io/sdk/worker"
	"golang.org/x/sync/errgroup"

	"github.com/tidewater-labs/oms/app/billing"
	"github.com/tidewater-labs/oms/app/config"
	"github.com/tidewater-labs/oms/app/order"
	"github.com/tidewater-labs/oms/app/shipment"
	"github.com/tidewater-labs/oms/app/temporalutil"
)

func newWorkerCommand() *cobra.Command {
	var services []string

	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run Temporal workers (order, billing, shipment)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := config.Load()

			c, err := temporalutil.NewClient(cfg, temporalutil.WithMetrics(cfg.MetricsPort))
			if err != nil {
				return fmt.Errorf("temporal client: %w", err)
			}
			defer c.Close()

			var g errgroup.Group
			if contains(services, "order") {
				g.Go(func() error { return order.RunWorker(c, cfg, worker.InterruptCh()) })
			}
			if contains(services, "billing") {
				g.Go(func() error { return billing.RunWorker(c, cfg, worker.InterruptCh()) })
			}
			if contains(services, "shipment") {
				g.Go(func() error { return shipment.RunWorker(c, cfg, worker.InterruptCh()) })
			}
			return g.Wait()
		},
	}

	cmd.Flags().StringSliceVarP(&services, "service", "s", []string{"all"}, "workers to run: order, billing, shipment or all")
	return cmd
}
