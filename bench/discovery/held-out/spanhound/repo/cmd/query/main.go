// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

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

	"github.com/spanhound/spanhound/cmd/query/app"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/pkg/telemetry"
	"github.com/spanhound/spanhound/plugin/metrics/prometheus"
	"github.com/spanhound/spanhound/plugin/storage"
)

func main() {
	storageCfg, err := storage.FactoryConfigFromEnv()
	if err != nil {
		log.Fatalf("Cannot initialize storage factory config: %v", err)
	}
	factories, err := storage.NewFactory(storageCfg)
	if err != nil {
		log.Fatalf("Cannot initialize storage factory: %v", err)
	}
	metricsType := os.Getenv("METRICS_STORAGE_TYPE") // "" or "prometheus"

	inits := []func(*flag.FlagSet){config.AddFlags, app.AddFlags}
	for _, f := range factories {
		inits = append(inits, f.AddFlags)
	}
	if metricsType == "prometheus" {
		inits = append(inits, prometheus.AddFlags)
	}
	v, command := config.Viperize(inits...)
	command.Use = "spanhound-query"
	command.Short = "Spanhound query service provides a Web UI and an API for accessing trace data."
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		hc := healthcheck.New()

		tp, shutdown, err := telemetry.InitTracer(context.Background(), "spanhound-query")
		if err != nil {
			logger.Fatal("Failed to init tracer", zap.Error(err))
		}
		defer shutdown(context.Background())

		readerFactory := factories[storageCfg.SpanReaderType]
		readerFactory.InitFromViper(v, logger)
		if err := readerFactory.Initialize(logger); err != nil {
			logger.Fatal("Failed to init storage factory", zap.Error(err))
		}
		spanReader, err := readerFactory.CreateSpanReader()
		if err != nil {
			logger.Fatal("Failed to create span reader", zap.Error(err))
		}
		depFactory := factories[storageCfg.DependenciesStorageType]
		if depFactory != readerFactory {
			depFactory.InitFromViper(v, logger)
			if err := depFactory.Initialize(logger); err != nil {
				logger.Fatal("Failed to init dependency storage", zap.Error(err))
			}
		}
		depReader, err := depFactory.CreateDependencyReader()
		if err != nil {
			logger.Fatal("Failed to create dependency reader", zap.Error(err))
		}

		var metricsReader app.MetricsReader = app.DisabledMetricsReader{}
		if metricsType == "prometheus" {
			mr, err := prometheus.NewMetricsReader(prometheus.InitFromViper(v), logger)
			if err != nil {
				logger.Fatal("Failed to create metrics reader", zap.Error(err))
			}
			metricsReader = mr
		}

		opts := app.OptionsFromViper(v)
		server, err := app.NewServer(logger, hc, app.NewQueryService(spanReader, depReader), metricsReader, opts, tp)
		if err != nil {
			logger.Fatal("Failed to create server", zap.Error(err))
		}
		if err := server.Start(); err != nil {
			logger.Fatal("Could not start servers", zap.Error(err))
		}
		hc.Ready()

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		return server.Close()
	}
	if err := command.Execute(); err != nil {
		log.Fatal(err)
	}
}
