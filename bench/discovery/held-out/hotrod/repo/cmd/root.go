package cmd

import (
	"os"
	"strconv"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/log"
	"github.com/quickcab/quickcab/pkg/metrics"
	"github.com/quickcab/quickcab/services/config"
)

var (
	logger       *zap.Logger
	metricsAddr  string
	verbose      bool
	serviceName  = "quickcab"
)

// RootCmd is the base command; every service is a subcommand.
var RootCmd = &cobra.Command{
	Use:   "quickcab",
	Short: "QuickCab - a ride-on-demand demo application",
	Long:  `QuickCab is a demo application made of four microservices that all live in one binary.`,
	PersistentPreRun: func(cmd *cobra.Command, args []string) {
		logger = log.New(verbose)
		metrics.Serve(metricsAddr, logger)
	},
}

// Execute adds all child commands to the root command and runs it.
func Execute() {
	if err := RootCmd.Execute(); err != nil {
		os.Exit(1)
	}
}

func init() {
	RootCmd.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "enable debug logging")
	RootCmd.PersistentFlags().StringVar(&metricsAddr, "metrics-addr", envOr("METRICS_ADDR", ":9100"),
		"address for the Prometheus /metrics listener (empty disables it)")

	// Latency knobs used in the troubleshooting walkthrough.
	RootCmd.PersistentFlags().DurationVar(&config.MySQLGetDelay, "fix-db-query-delay", config.MySQLGetDelay,
		"average latency of the customer DB query")
	RootCmd.PersistentFlags().BoolVar(&config.MySQLMutexDisabled, "fix-disable-db-conn-mutex", false,
		"disables the single-connection mutex in the customer service")
	RootCmd.PersistentFlags().IntVar(&config.RouteWorkerPoolSize, "fix-route-worker-pool-size", config.RouteWorkerPoolSize,
		"number of concurrent route requests issued by the frontend")
}

// envOr returns the value of the environment variable key, or def when unset.
func envOr(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func envIntOr(key string, def int) int {
	if v, ok := os.LookupEnv(key); ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}
