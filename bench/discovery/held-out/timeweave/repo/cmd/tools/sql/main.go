package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/urfave/cli/v2"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence/sql/sqlplugin"
	_ "go.timeweave.io/server/common/persistence/sql/sqlplugin/mysql"
	_ "go.timeweave.io/server/common/persistence/sql/sqlplugin/postgresql"
)

// timeweave-sql-tool: creates databases and applies versioned schema for the SQL stores.
func main() {
	app := &cli.App{
		Name: "timeweave-sql-tool",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "endpoint", Aliases: []string{"ep"}, Value: "127.0.0.1", EnvVars: []string{"SQL_HOST"}},
			&cli.IntFlag{Name: "port", Aliases: []string{"p"}, Value: 5432, EnvVars: []string{"SQL_PORT"}},
			&cli.StringFlag{Name: "user", Aliases: []string{"u"}, EnvVars: []string{"SQL_USER"}},
			&cli.StringFlag{Name: "password", Aliases: []string{"pw"}, EnvVars: []string{"SQL_PASSWORD"}},
			&cli.StringFlag{Name: "database", Aliases: []string{"db"}, Value: "timeweave", EnvVars: []string{"SQL_DATABASE"}},
			&cli.StringFlag{Name: "plugin", Aliases: []string{"pl"}, Value: "postgres12", EnvVars: []string{"SQL_PLUGIN"}},
		},
		Commands: []*cli.Command{
			{Name: "create", Aliases: []string{"create-database"}, Action: createDatabase},
			{Name: "setup-schema", Flags: []cli.Flag{&cli.StringFlag{Name: "version", Aliases: []string{"v"}}}, Action: setupSchema},
			{Name: "update-schema", Flags: []cli.Flag{&cli.StringFlag{Name: "schema-dir", Aliases: []string{"d"}}}, Action: updateSchema},
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func sqlConfig(c *cli.Context) *config.SQL {
	return &config.SQL{
		PluginName:   c.String("plugin"),
		ConnectAddr:  fmt.Sprintf("%s:%d", c.String("endpoint"), c.Int("port")),
		User:         c.String("user"),
		Password:     c.String("password"),
		DatabaseName: c.String("database"),
	}
}

func createDatabase(c *cli.Context) error {
	cfg := sqlConfig(c)
	p, ok := sqlplugin.Get(cfg.PluginName)
	if !ok {
		return fmt.Errorf("unknown plugin %s", cfg.PluginName)
	}
	db, err := p.CreateAdminDB(cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec("CREATE DATABASE " + cfg.DatabaseName)
	return err
}

func setupSchema(c *cli.Context) error {
	cfg := sqlConfig(c)
	p, _ := sqlplugin.Get(cfg.PluginName)
	db, err := p.CreateDB(cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(`CREATE TABLE IF NOT EXISTS schema_version (version_partition INT NOT NULL, db_name VARCHAR(255) NOT NULL, curr_version VARCHAR(64), PRIMARY KEY (version_partition, db_name))`)
	return err
}

func updateSchema(c *cli.Context) error {
	cfg := sqlConfig(c)
	p, _ := sqlplugin.Get(cfg.PluginName)
	db, err := p.CreateDB(cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	files, _ := filepath.Glob(filepath.Join(c.String("schema-dir"), "*", "*.sql"))
	sort.Strings(files)
	for _, f := range files {
		stmt, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if _, err := db.Exec(string(stmt)); err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
	}
	return nil
}
