package main

import (
	"os"

	"github.com/rs/zerolog/log"
	"github.com/urfave/cli/v2"

	"go.woodpecker-ci.org/woodpecker/v2/version"
)

func main() {
	app := cli.NewApp()
	app.Name = "woodpecker-agent"
	app.Version = version.String()
	app.Usage = "woodpecker agent"
	app.Action = runWithRetry
	app.Commands = []*cli.Command{{Name: "ping", Action: pinger}}
	app.Flags = flags
	if err := app.Run(os.Args); err != nil {
		log.Fatal().Err(err).Msg("error running agent")
	}
}
