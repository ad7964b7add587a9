package main

import (
	"os"

	"github.com/rs/zerolog/log"
	"github.com/urfave/cli/v2"

	"go.woodpecker-ci.org/woodpecker/v2/version"
)

func main() {
	app := cli.NewApp()
	app.Name = "woodpecker-server"
	app.Version = version.String()
	app.Usage = "woodpecker server"
	app.Action = run
	app.Commands = []*cli.Command{{Name: "ping", Usage: "ping the server", Action: pinger}}
	app.Flags = flags

	if err := app.Run(os.Args); err != nil {
		log.Fatal().Err(err).Msg("error running server")
	}
}
