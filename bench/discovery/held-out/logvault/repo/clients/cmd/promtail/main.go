package main

import (
	"flag"
	"os"

	"github.com/go-kit/log/level"

	"github.com/logvault/logvault/v3/clients/pkg/promtail"
	"github.com/logvault/logvault/v3/clients/pkg/promtail/config"
	util_log "github.com/logvault/logvault/v3/pkg/util/log"
)

// Promtail is deprecated in favour of Grafana Alloy; kept for existing users.
func main() {
	var cfg config.Config
	configFile := flag.String("config.file", "/etc/promtail/config.yml", "yaml file to load")
	flag.Parse()
	if err := cfg.Load(*configFile); err != nil {
		level.Error(util_log.Logger).Log("msg", "error loading config", "err", err)
		os.Exit(1)
	}
	p, err := promtail.New(cfg, nil)
	if err != nil {
		level.Error(util_log.Logger).Log("msg", "error creating promtail", "error", err)
		os.Exit(1)
	}
	if err := p.Run(); err != nil {
		os.Exit(1)
	}
}
