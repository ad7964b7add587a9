package cmd

import (
	"net"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/quickcab/quickcab/pkg/tracing"
	"github.com/quickcab/quickcab/services/route"
)

var routeCmd = &cobra.Command{
	Use:   "route",
	Short: "Starts the route service",
	RunE: func(cmd *cobra.Command, args []string) error {
		shutdown := tracing.Init("route", logger)
		defer shutdown()

		server := route.NewServer(net.JoinHostPort("0.0.0.0", strconv.Itoa(routePort)), logger)
		return server.Run()
	},
}

func init() {
	registerPortFlags(routeCmd)
	RootCmd.AddCommand(routeCmd)
}
