package main

import (
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/urfave/cli/v2"

	"go.timeweave.io/server/common/authorization"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/telemetry"
	"go.timeweave.io/server/tw"
)

// main entry point for the timeweave server
func main() {
	app := buildCLI()
	if err := app.Run(os.Args); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func buildCLI() *cli.App {
	app := cli.NewApp()
	app.Name = "timeweave-server"
	app.Usage = "Timeweave server"
	app.Flags = []cli.Flag{
		&cli.StringFlag{Name: "root", Aliases: []string{"r"}, Value: ".", EnvVars: []string{"TIMEWEAVE_ROOT"}},
		&cli.StringFlag{Name: "config", Aliases: []string{"c"}, Value: "config", EnvVars: []string{"TIMEWEAVE_CONFIG_DIR"}},
		&cli.StringFlag{Name: "env", Aliases: []string{"e"}, Value: "development", EnvVars: []string{"TIMEWEAVE_ENVIRONMENT"}},
		&cli.StringFlag{Name: "zone", Aliases: []string{"az"}, EnvVars: []string{"TIMEWEAVE_AVAILABILITY_ZONE"}},
		&cli.BoolFlag{Name: "allow-no-auth", EnvVars: []string{"TIMEWEAVE_ALLOW_NO_AUTH"}},
	}
	app.Commands = []*cli.Command{
		{
			Name:  "start",
			Usage: "Start Timeweave server",
			Flags: []cli.Flag{
				&cli.StringSliceFlag{
					Name:    "service",
					Aliases: []string{"svc"},
					Value:   cli.NewStringSlice(tw.DefaultServices...),
					Usage:   "service(s) to start: frontend, history, matching, worker",
				},
			},
			Action: func(c *cli.Context) error {
				env := c.String("env")
				zone := c.String("zone")
				configDir := path.Join(c.String("root"), c.String("config"))

				services := c.StringSlice("service")
				for _, s := range services {
					if !tw.IsValidService(s) {
						return fmt.Errorf("invalid service %q in %s", s, strings.Join(services, ","))
					}
				}

				cfg, err := config.LoadConfig(env, configDir, zone)
				if err != nil {
					return cli.Exit(fmt.Sprintf("unable to load configuration: %v", err), 1)
				}

				if !c.Bool("allow-no-auth") && cfg.Global.Authorization.Authorizer == "" {
					fmt.Println("warning: no authorizer configured, running with no-op authorizer")
				}

				shutdownTracing := telemetry.InitTracing(cfg.Global.Telemetry)
				defer shutdownTracing()

				s, err := tw.NewServer(
					tw.ForServices(services),
					tw.WithConfig(cfg),
					tw.WithAuthorizer(authorization.GetAuthorizerFromConfig(&cfg.Global.Authorization)),
					tw.WithClaimMapper(func(cfg *config.Config) authorization.ClaimMapper {
						return authorization.GetClaimMapperFromConfig(&cfg.Global.Authorization)
					}),
					tw.InterruptOn(tw.InterruptCh()),
				)
				if err != nil {
					return cli.Exit(fmt.Sprintf("unable to create server: %v", err), 1)
				}
				return s.Start()
			},
		},
	}
	return app
}
