package main

import (
	"context"
	"os"
	"time"

	"github.com/go-kit/log"
	"github.com/go-kit/log/level"
	amconfig "github.com/prometheus/alertmanager/config"
	"gopkg.in/alecthomas/kingpin.v2"

	twconfig "github.com/tracewell/alertmanager/config"
)

func main() {
	var (
		configFile      = kingpin.Flag("config.file", "Alertmanager configuration file name.").Default("alertmanager.yml").String()
		storagePath     = kingpin.Flag("storage.path", "Base path for data storage.").Default("data/").String()
		queryServiceURL = kingpin.Flag("queryService.url", "Tracewell query-service private URL used to load channels.").Default("http://localhost:8085").String()
		listenAddress   = kingpin.Flag("web.listen-address", "Address to listen on.").Default(":9093").String()
		pollInterval    = kingpin.Flag("channels.poll-interval", "How often to refresh channels.").Default("30s").Duration()
	)
	kingpin.Parse()
	logger := log.NewLogfmtLogger(log.NewSyncWriter(os.Stderr))

	base, err := amconfig.LoadFile(*configFile)
	if err != nil {
		level.Error(logger).Log("msg", "loading config", "err", err)
		os.Exit(1)
	}
	fetcher := twconfig.NewFetcher(*queryServiceURL)
	reload := func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		chans, err := fetcher.Channels(ctx)
		if err != nil {
			level.Warn(logger).Log("msg", "could not load channels", "err", err)
			return
		}
		merged, err := twconfig.Merge(base, chans)
		if err != nil {
			level.Warn(logger).Log("msg", "bad channel config", "err", err)
			return
		}
		applyConfig(merged)
	}
	reload()
	go func() {
		for range time.Tick(*pollInterval) {
			reload()
		}
	}()
	if err := run(*listenAddress, *storagePath, logger); err != nil {
		level.Error(logger).Log("err", err)
		os.Exit(1)
	}
}
