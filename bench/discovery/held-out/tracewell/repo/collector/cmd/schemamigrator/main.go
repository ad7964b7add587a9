// tracewell-schema-migrator creates and upgrades the ClickHouse databases the
// collector writes to and the query-service reads from.
//
//	sync   – blocking DDL that must finish before the collector starts
//	async  – long-running mutations (materialized column backfills, TTL changes)
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/ClickHouse/clickhouse-go/v2"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
)

var (
	dsn         string
	clusterName string
	replication bool
	up          string
)

func main() {
	logger, _ := zap.NewProduction()
	root := &cobra.Command{Use: "tracewell-schema-migrator"}
	root.PersistentFlags().StringVar(&dsn, "dsn", "tcp://localhost:9000", "ClickHouse DSN")
	root.PersistentFlags().StringVar(&clusterName, "cluster-name", "cluster", "cluster name used in ON CLUSTER")
	root.PersistentFlags().BoolVar(&replication, "replication", false, "use Replicated* engines")
	root.PersistentFlags().StringVar(&up, "up", "", "comma-separated migration ids to run (empty = all)")

	root.AddCommand(&cobra.Command{
		Use: "sync",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return run(cmd.Context(), logger, SyncMigrations)
		},
	}, &cobra.Command{
		Use: "async",
		RunE: func(cmd *cobra.Command, _ []string) error {
			return run(cmd.Context(), logger, AsyncMigrations)
		},
	})
	if err := root.ExecuteContext(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(ctx context.Context, logger *zap.Logger, migrations []Migration) error {
	opts, err := clickhouse.ParseDSN(dsn)
	if err != nil {
		return err
	}
	conn, err := clickhouse.Open(opts)
	if err != nil {
		return err
	}
	defer conn.Close()

	wanted := map[string]bool{}
	for _, id := range strings.Split(up, ",") {
		if id = strings.TrimSpace(id); id != "" {
			wanted[id] = true
		}
	}
	for _, m := range migrations {
		if len(wanted) > 0 && !wanted[m.ID] {
			continue
		}
		for _, stmt := range m.Statements {
			q := strings.NewReplacer("{{CLUSTER}}", clusterName, "{{ENGINE_PREFIX}}", enginePrefix()).Replace(stmt)
			logger.Info("applying", zap.String("migration", m.ID))
			if err := conn.Exec(ctx, q); err != nil {
				return fmt.Errorf("migration %s: %w", m.ID, err)
			}
		}
	}
	return nil
}

func enginePrefix() string {
	if replication {
		return "Replicated"
	}
	return ""
}
