package cmd

import (
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"
)

// allCmd starts every service in the same process. The frontend still talks to the
// others over the network (localhost by default), so traces look the same as in a
// real deployment.
var allCmd = &cobra.Command{
	Use:   "all",
	Short: "Starts all services in one process",
	RunE: func(cmd *cobra.Command, args []string) error {
		logger.Info("starting all services")
		var g errgroup.Group
		g.Go(func() error { return customerCmd.RunE(customerCmd, args) })
		g.Go(func() error { return driverCmd.RunE(driverCmd, args) })
		g.Go(func() error { return routeCmd.RunE(routeCmd, args) })
		g.Go(func() error { return frontendCmd.RunE(frontendCmd, args) })
		return g.Wait()
	},
}

func init() {
	registerPortFlags(allCmd)
	registerUpstreamFlags(allCmd)
	registerMySQLFlags(allCmd)
	registerRedisFlags(allCmd)
	RootCmd.AddCommand(allCmd)
}
