// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// spanhound-agent is DEPRECATED. New deployments should send OTLP directly to
// spanhound-collector. The agent remains for applications still using the
// legacy UDP Thrift clients.
package main

import (
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/agent/app"
	"github.com/spanhound/spanhound/cmd/agent/app/reporter"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
)

func main() {
	v, command := config.Viperize(config.AddFlags, app.AddFlags, reporter.AddFlags)
	command.Use = "spanhound-agent"
	command.Short = "(deprecated) Spanhound agent receives spans over UDP and forwards them to spanhound-collector over gRPC."
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		logger.Warn("spanhound-agent is deprecated; please migrate to OTLP exporters pointing at spanhound-collector")
		hc := healthcheck.New()

		rOpts := reporter.OptionsFromViper(v)
		grpcReporter, err := reporter.NewGRPCReporter(rOpts, logger)
		if err != nil {
			logger.Fatal("Could not create collector proxy", zap.Error(err))
		}

		aOpts := app.OptionsFromViper(v)
		agent, err := app.NewAgent(aOpts, grpcReporter, grpcReporter.SamplingManager(), logger)
		if err != nil {
			logger.Fatal("Unable to initialize agent", zap.Error(err))
		}
		if err := agent.Run(); err != nil {
			logger.Fatal("Failed to run the agent", zap.Error(err))
		}

		admin := http.NewServeMux()
		admin.Handle("/", hc.Handler())
		admin.Handle("/metrics", promhttp.Handler())
		go func() { _ = http.ListenAndServe(aOpts.AdminHostPort, admin) }()
		hc.Ready()

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		agent.Stop()
		return grpcReporter.Close()
	}
	if err := command.Execute(); err != nil {
		log.Fatal(err)
	}
}
