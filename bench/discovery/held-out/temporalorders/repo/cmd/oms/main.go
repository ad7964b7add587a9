// Command oms runs every Tidewater OMS component: `oms api`, `oms worker` and
// `oms codec-server`. Deployments start one component per container.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

var logger = slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelInfo}))

func main() {
	root := &cobra.Command{
		Use:          "oms",
		Short:        "Tidewater Order Management System",
		SilenceUsage: true,
	}
	root.AddCommand(newAPICommand(), newWorkerCommand(), newCodecServerCommand())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v || s == "all" {
			return true
		}
	}
	return false
}
