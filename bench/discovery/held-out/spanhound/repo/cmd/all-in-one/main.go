// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// all-in-one runs the collector, query service and (legacy) agent in a single
// process. Storage defaults to memory; badger is recommended when some
// persistence is needed. The agent inside all-in-one reports to the collector
// over localhost.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	agentApp "github.com/spanhound/spanhound/cmd/agent/app"
	agentRep "github.com/spanhound/spanhound/cmd/agent/app/reporter"
	collectorApp "github.com/spanhound/spanhound/cmd/collector/app"
	"github.com/spanhound/spanhound/cmd/collector/app/sampling"
	queryApp "github.com/spanhound/spanhound/cmd/query/app"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/pkg/telemetry"
	"github.com/spanhound/spanhound/plugin/metrics/prometheus"
	"github.com/spanhound/spanhound/plugin/storage"
)

func main() {
	if os.Getenv(storage.SpanStorageTypeEnvVar) == "" {
		os.Setenv(storage.SpanStorageTypeEnvVar, "memory")
	}
	storageCfg, err := storage.FactoryConfigFromEnv()
	if err != nil {
		log.Fatalf("Cannot initialize storage factory config: %v", err)
	}
	factories, err := storage.NewFactory(storageCfg)
	if err != nil {
		log.Fatalf("Cannot initialize storage factory: %v", err)
	}
	samplingProvider := sampling.NewProviderFactory(os.Getenv("SAMPLING_CONFIG_TYPE"))
	metricsType := os.Getenv("METRICS_STORAGE_TYPE")

	inits := []func(*flag.FlagSet){
		config.AddFlags, collectorApp.AddFlags, queryApp.AddFlags,
		agentApp.AddFlags, agentRep.AddFlags, samplingProvider.AddFlags,
	}
	for _, f := range factories {
		inits = append(inits, f.AddFlags)
	}
	if metricsType == "prometheus" {
		inits = append(inits, prometheus.AddFlags)
	}
	v, command := config.Viperize(inits...)
	command.Use = "spanhound-all-in-one"
	command.Short = "Spanhound all-in-one distribution with agent, collector and query in one process."
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		hc := healthcheck.New()
		tp, shutdown, _ := telemetry.InitTracer(context.Background(), "spanhound-all-in-one")
		defer shutdown(context.Background())

		f := factories[storageCfg.SpanReaderType]
		f.InitFromViper(v, logger)
		if err := f.Initialize(logger); err != nil {
			logger.Fatal("Failed to init storage factory", zap.Error(err))
		}
		writer, _ := f.CreateSpanWriter()
		reader, _ := f.CreateSpanReader()
		deps, _ := f.CreateDependencyReader()

		sf, _ := f.(storage.SamplingStoreFactory)
		strategyProvider, err := samplingProvider.CreateStrategyProvider(v, logger, sf)
		if err != nil {
			logger.Fatal("Failed to create sampling strategy provider", zap.Error(err))
		}

		c := collectorApp.New(&collectorApp.CollectorParams{
			ServiceName: "spanhound-collector", Logger: logger, SpanWriter: writer,
			StrategyProvider: strategyProvider, HealthCheck: hc,
		})
		if err := c.Start(collectorApp.OptionsFromViper(v)); err != nil {
			logger.Fatal("Failed to start collector", zap.Error(err))
		}

		// in-process agent reports to the collector listening on localhost
		rOpts := agentRep.OptionsFromViper(v)
		if len(rOpts.CollectorHostPorts) == 0 {
			rOpts.CollectorHostPorts = []string{"127.0.0.1:14250"}
		}
		rep, err := agentRep.NewGRPCReporter(rOpts, logger)
		if err != nil {
			logger.Fatal("Could not create agent reporter", zap.Error(err))
		}
		agent, _ := agentApp.NewAgent(agentApp.OptionsFromViper(v), rep, rep.SamplingManager(), logger)
		_ = agent.Run()

		var mr queryApp.MetricsReader = queryApp.DisabledMetricsReader{}
		if metricsType == "prometheus" {
			r, err := prometheus.NewMetricsReader(prometheus.InitFromViper(v), logger)
			if err != nil {
				logger.Fatal("Failed to create metrics reader", zap.Error(err))
			}
			mr = r
		}
		qOpts := queryApp.OptionsFromViper(v)
		qOpts.AdminHostPort = ":16687"
		q, err := queryApp.NewServer(logger, hc, queryApp.NewQueryService(reader, deps), mr, qOpts, tp)
		if err != nil {
			logger.Fatal("Failed to create query server", zap.Error(err))
		}
		if err := q.Start(); err != nil {
			logger.Fatal("Failed to start query server", zap.Error(err))
		}
		hc.Ready()

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		agent.Stop()
		_ = q.Close()
		return c.Close()
	}
	if err := command.Execute(); err != nil {
		log.Fatal(err)
	}
}
