package cmd

import (
	"net"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/quickcab/quickcab/pkg/tracing"
	"github.com/quickcab/quickcab/services/driver"
)

var driverCmd = &cobra.Command{
	Use:   "driver",
	Short: "Starts the driver service (gRPC)",
	RunE: func(cmd *cobra.Command, args []string) error {
		shutdown := tracing.Init("driver", logger)
		defer shutdown()

		locations := driver.NewRedisLocations(redisAddr, logger)
		if err := locations.SeedIfEmpty(cmd.Context()); err != nil {
			logger.Sugar().Warnf("could not seed driver fleet: %v", err)
		}

		server := driver.NewServer(net.JoinHostPort("0.0.0.0", strconv.Itoa(driverPort)), locations, logger)
		return server.Run()
	},
}

func init() {
	registerPortFlags(driverCmd)
	registerRedisFlags(driverCmd)
	RootCmd.AddCommand(driverCmd)
}
