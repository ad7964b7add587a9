package main

import (
	"log"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres"
	_ "github.com/golang-migrate/migrate/v4/source/file"
	"github.com/spf13/cobra"

	"github.com/teamwharf/teamwharf/server/config"
)

var migrationsDir string

var dbCmd = &cobra.Command{Use: "db", Short: "Database maintenance"}

var migrateCmd = &cobra.Command{
	Use:   "migrate",
	Short: "Apply pending schema migrations",
	RunE: func(cmd *cobra.Command, args []string) error {
		cfg, err := config.Load(configPath)
		if err != nil {
			return err
		}
		m, err := migrate.New("file://"+migrationsDir, cfg.SqlSettings.DataSource)
		if err != nil {
			return err
		}
		if err := m.Up(); err != nil && err != migrate.ErrNoChange {
			return err
		}
		v, _, _ := m.Version()
		log.Printf("database at schema version %d", v)
		return nil
	},
}

func init() {
	migrateCmd.Flags().StringVar(&migrationsDir, "dir", "/teamwharf/db/migrations", "migrations directory")
	dbCmd.AddCommand(migrateCmd)
}
