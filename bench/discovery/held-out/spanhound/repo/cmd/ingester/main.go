// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/ingester/app"
	"github.com/spanhound/spanhound/cmd/ingester/app/consumer"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/plugin/storage"
)

func main() {
	storageCfg, err := storage.FactoryConfigFromEnv()
	if err != nil {
		log.Fatalf("Cannot initialize storage factory config: %v", err)
	}
	for _, t := range storageCfg.SpanWriterTypes {
		if t == "kafka" {
			log.Fatal("SPAN_STORAGE_TYPE=kafka makes no sense for the ingester, it would write back into the topic it reads")
		}
	}
	factories, err := storage.NewFactory(storageCfg)
	if err != nil {
		log.Fatalf("Cannot initialize storage factory: %v", err)
	}

	inits := []func(*flag.FlagSet){config.AddFlags, app.AddFlags}
	for _, f := range factories {
		inits = append(inits, f.AddFlags)
	}
	v, command := config.Viperize(inits...)
	command.Use = "spanhound-ingester"
	command.Short = "Spanhound ingester consumes spans from a Kafka topic and writes them to the configured storage."
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		hc := healthcheck.New()

		f := factories[storageCfg.SpanWriterTypes[0]]
		f.InitFromViper(v, logger)
		if err := f.Initialize(logger); err != nil {
			logger.Fatal("Failed to init storage factory", zap.Error(err))
		}
		writer, err := f.CreateSpanWriter()
		if err != nil {
			logger.Fatal("Failed to create span writer", zap.Error(err))
		}

		opts := app.OptionsFromViper(v)
		c, err := consumer.New(opts, writer, logger)
		if err != nil {
			logger.Fatal("Unable to create consumer", zap.Error(err))
		}
		c.Start()

		admin := http.NewServeMux()
		admin.Handle("/", hc.Handler())
		admin.Handle("/metrics", promhttp.Handler())
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
