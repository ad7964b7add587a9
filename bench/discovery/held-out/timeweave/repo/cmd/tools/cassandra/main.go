package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gocql/gocql"
	"github.com/urfave/cli/v2"
)

// timeweave-cassandra-tool: creates the keyspace and applies versioned CQL.
func main() {
	app := &cli.App{
		Name: "timeweave-cassandra-tool",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "endpoint", Aliases: []string{"ep"}, Value: "127.0.0.1", EnvVars: []string{"CASSANDRA_HOST"}},
			&cli.IntFlag{Name: "port", Aliases: []string{"p"}, Value: 9042, EnvVars: []string{"CASSANDRA_PORT"}},
			&cli.StringFlag{Name: "user", Aliases: []string{"u"}, EnvVars: []string{"CASSANDRA_USER"}},
			&cli.StringFlag{Name: "password", Aliases: []string{"pw"}, EnvVars: []string{"CASSANDRA_PASSWORD"}},
			&cli.StringFlag{Name: "keyspace", Aliases: []string{"k"}, Value: "timeweave", EnvVars: []string{"CASSANDRA_KEYSPACE"}},
		},
		Commands: []*cli.Command{
			{Name: "create", Aliases: []string{"create-keyspace"}, Flags: []cli.Flag{&cli.IntFlag{Name: "replication-factor", Aliases: []string{"rf"}, Value: 1}}, Action: createKeyspace},
			{Name: "setup-schema", Flags: []cli.Flag{&cli.StringFlag{Name: "version", Aliases: []string{"v"}}}, Action: setupSchema},
			{Name: "update-schema", Flags: []cli.Flag{&cli.StringFlag{Name: "schema-dir", Aliases: []string{"d"}}}, Action: func(c *cli.Context) error { return nil }},
		},
	}
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func session(c *cli.Context, keyspace string) (*gocql.Session, error) {
	cluster := gocql.NewCluster(strings.Split(c.String("endpoint"), ",")...)
	cluster.Port = c.Int("port")
	cluster.Keyspace = keyspace
	if u := c.String("user"); u != "" {
		cluster.Authenticator = gocql.PasswordAuthenticator{Username: u, Password: c.String("password")}
	}
	return cluster.CreateSession()
}

func createKeyspace(c *cli.Context) error {
	s, err := session(c, "system")
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Query(fmt.Sprintf(`CREATE KEYSPACE IF NOT EXISTS %s WITH replication = {'class': 'SimpleStrategy', 'replication_factor': %d}`,
		c.String("keyspace"), c.Int("replication-factor"))).Exec()
}

func setupSchema(c *cli.Context) error {
	s, err := session(c, c.String("keyspace"))
	if err != nil {
		return err
	}
	defer s.Close()
	return s.Query(`CREATE TABLE IF NOT EXISTS schema_version (keyspace_name text PRIMARY KEY, curr_version text, min_compatible_version text)`).Exec()
}
