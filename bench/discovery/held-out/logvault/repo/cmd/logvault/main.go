package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/go-kit/log/level"
	"github.com/grafana/dskit/flagext"

	"github.com/logvault/logvault/v3/pkg/logvault"
	"github.com/logvault/logvault/v3/pkg/tracing"
	util_log "github.com/logvault/logvault/v3/pkg/util/log"
)

func main() {
	var config logvault.ConfigWrapper
	if err := logvault.LoadConfig(&config, flag.CommandLine, os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "failed parsing config: %v\n", err)
		os.Exit(1)
	}
	flagext.IgnoredFlag(flag.CommandLine, "config.expand-env", "")

	util_log.InitLogger(&config.Server)

	// Tracing is telemetry only: spans go to the Jaeger agent if JAEGER_AGENT_HOST is set.
	if config.Tracing.Enabled {
		closer, err := tracing.NewFromEnv(fmt.Sprintf("logvault-%s", config.Target))
		if err != nil {
			level.Error(util_log.Logger).Log("msg", "error in initializing tracing. tracing will not be enabled", "err", err)
		} else {
			defer closer.Close()
		}
	}

	t, err := logvault.New(config.Config)
	if err != nil {
		level.Error(util_log.Logger).Log("msg", "error initialising logvault", "err", err)
		os.Exit(1)
	}
	level.Info(util_log.Logger).Log("msg", "Starting LogVault", "targets", config.Target.String())
	if err := t.Run(logvault.RunOpts{}); err != nil {
		level.Error(util_log.Logger).Log("msg", "error running logvault", "err", err)
		os.Exit(1)
	}
}
