// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/collector/app"
	"github.com/spanhound/spanhound/cmd/collector/app/sampling"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/pkg/telemetry"
	"github.com/spanhound/spanhound/plugin/storage"
)

const serviceName = "spanhound-collector"

func main() {
	storageCfg, err := storage.FactoryConfigFromEnv()
	if err != nil {
		log.Fatalf("Cannot initialize storage factory config: %v", err)
	}
	factories, err := storage.NewFactory(storageCfg)
	if err != nil {
		log.Fatalf("Cannot initialize storage factory: %v", err)
	}
	samplingProvider := sampling.NewProviderFactory(os.Getenv("SAMPLING_CONFIG_TYPE"))

	inits := []func(*flag.FlagSet){config.AddFlags, app.AddFlags, samplingProvider.AddFlags}
	for _, f := range factories {
		inits = append(inits, f.AddFlags)
	}
	v, command := config.Viperize(inits...)
	command.Use = "spanhound-collector"
	command.Short = "Spanhound collector receives and writes spans to storage."
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		hc := healthcheck.New()

		_, shutdownTracer, err := telemetry.InitTracer(context.Background(), serviceName)
		if err != nil {
			logger.Fatal("Failed to init tracer", zap.Error(err))
		}
		defer shutdownTracer(context.Background())

		writers := make([]app.SpanWriter, 0, len(storageCfg.SpanWriterTypes))
		for _, t := range storageCfg.SpanWriterTypes {
			f := factories[t]
			f.InitFromViper(v, logger)
			if err := f.Initialize(logger); err != nil {
				logger.Fatal("Failed to init storage factory", zap.String("type", t), zap.Error(err))
			}
			w, err := f.CreateSpanWriter()
			if err != nil {
				logger.Fatal("Failed to create span writer", zap.Error(err))
			}
			writers = append(writers, w)
		}

		var samplingStore storage.SamplingStoreFactory
		if storageCfg.SamplingStorageType != "" {
			if sf, ok := factories[storageCfg.SamplingStorageType].(storage.SamplingStoreFactory); ok {
				samplingStore = sf
			}
		}
		strategyProvider, err := samplingProvider.CreateStrategyProvider(v, logger, samplingStore)
		if err != nil {
			logger.Fatal("Failed to create sampling strategy provider", zap.Error(err))
		}

		opts := app.OptionsFromViper(v)
		c := app.New(&app.CollectorParams{
			ServiceName:      serviceName,
			Logger:           logger,
			SpanWriter:       app.NewFanOutWriter(writers...),
			StrategyProvider: strategyProvider,
			HealthCheck:      hc,
		})
		if err := c.Start(opts); err != nil {
			logger.Fatal("Failed to start collector", zap.Error(err))
		}

		admin := http.NewServeMux()
		admin.Handle("/", hc.Handler())
		admin.Handle("/metrics", app.MetricsHandler())
		go func() { _ = http.ListenAndServe(opts.AdminHostPort, admin) }()
		hc.Ready()

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		return c.Close()
	}

	if err := command.Execute(); err != nil {
		log.Fatal(err)
	}
}
