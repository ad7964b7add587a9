package cmd

import (
	"net"
	"strconv"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/tracing"
	"github.com/quickcab/quickcab/services/frontend"
)

var frontendCmd = &cobra.Command{
	Use:   "frontend",
	Short: "Starts the frontend service (web UI and /dispatch API)",
	RunE: func(cmd *cobra.Command, args []string) error {
		shutdown := tracing.Init("frontend", logger)
		defer shutdown()

		options := frontend.ConfigOptions{
			FrontendHostPort: net.JoinHostPort("0.0.0.0", strconv.Itoa(frontendPort)),
			CustomerHostPort: net.JoinHostPort(customerHostname, strconv.Itoa(customerPort)),
			DriverHostPort:   net.JoinHostPort(driverHostname, strconv.Itoa(driverPort)),
			RouteHostPort:    net.JoinHostPort(routeHostname, strconv.Itoa(routePort)),
			JaegerUI:         jaegerUI,
		}
		logger.Info("starting frontend",
			zap.String("customer", options.CustomerHostPort),
			zap.String("driver", options.DriverHostPort),
			zap.String("route", options.RouteHostPort))

		server := frontend.NewServer(options, logger)
		return server.Run()
	},
}

func init() {
	registerPortFlags(frontendCmd)
	registerUpstreamFlags(frontendCmd)
	RootCmd.AddCommand(frontendCmd)
}
