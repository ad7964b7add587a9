package main

import (
	"log"

	"github.com/spf13/cobra"

	"github.com/teamwharf/teamwharf/server/app"
	"github.com/teamwharf/teamwharf/server/config"
	"github.com/teamwharf/teamwharf/server/web"
)

var serverCmd = &cobra.Command{
	Use:   "server",
	Short: "Run the Teamwharf application server",
	RunE: func(cmd *cobra.Command, args []string) error {
		cfg, err := config.Load(configPath)
		if err != nil {
			return err
		}
		a, err := app.New(cfg)
		if err != nil {
			return err
		}
		defer a.Shutdown()
		log.Printf("teamwharf server listening on %s", cfg.ServiceSettings.ListenAddress)
		return web.ListenAndServe(a, cfg.ServiceSettings.ListenAddress)
	},
}
