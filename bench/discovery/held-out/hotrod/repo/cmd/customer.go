package cmd

import (
	"net"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/quickcab/quickcab/pkg/tracing"
	"github.com/quickcab/quickcab/services/customer"
)

var customerCmd = &cobra.Command{
	Use:   "customer",
	Short: "Starts the customer service",
	RunE: func(cmd *cobra.Command, args []string) error {
		shutdown := tracing.Init("customer", logger)
		defer shutdown()

		var store customer.Store
		if simulateDB {
			store = customer.NewSimulatedStore(logger)
		} else {
			db, err := customer.OpenMySQL(mysqlDSN, logger)
			if err != nil {
				return err
			}
			store = db
		}

		server := customer.NewServer(net.JoinHostPort("0.0.0.0", strconv.Itoa(customerPort)), store, logger)
		return server.Run()
	},
}

func init() {
	registerPortFlags(customerCmd)
	registerMySQLFlags(customerCmd)
	RootCmd.AddCommand(customerCmd)
}
