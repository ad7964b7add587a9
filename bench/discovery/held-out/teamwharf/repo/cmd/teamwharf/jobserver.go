package main

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/teamwharf/teamwharf/server/config"
	"github.com/teamwharf/teamwharf/server/filestore"
	"github.com/teamwharf/teamwharf/server/jobs"
	"github.com/teamwharf/teamwharf/server/mail"
	"github.com/teamwharf/teamwharf/server/search/opensearch"
	"github.com/teamwharf/teamwharf/server/store/sqlstore"
)

// jobserver runs only background jobs (indexing, exports, email digests,
// data retention). It is deployed as its own workload so app nodes stay responsive.
var jobserverCmd = &cobra.Command{
	Use:   "jobserver",
	Short: "Run the dedicated job server",
	RunE: func(cmd *cobra.Command, args []string) error {
		cfg, err := config.Load(configPath)
		if err != nil {
			return err
		}
		store, err := sqlstore.New(cfg.SqlSettings)
		if err != nil {
			return err
		}
		files, err := filestore.New(cfg.FileSettings)
		if err != nil {
			return err
		}
		search, err := opensearch.New(cfg.ElasticsearchSettings)
		if err != nil {
			return err
		}
		mailer := mail.NewSender(cfg.EmailSettings)

		srv := jobs.NewServer(store, files, search, mailer, cfg)
		srv.Start()
		log.Println("teamwharf job server started")

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		srv.Stop()
		return nil
	},
}
