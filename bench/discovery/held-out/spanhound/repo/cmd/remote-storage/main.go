// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// remote-storage exposes a single storage backend (typically badger or memory)
// over the storage_v1 gRPC API so that several collectors and query services
// can share it via SPAN_STORAGE_TYPE=grpc + GRPC_STORAGE_SERVER.
package main

import (
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/pkg/healthcheck"
	"github.com/spanhound/spanhound/plugin/storage"
	"github.com/spanhound/spanhound/plugin/storage/grpc/shared"
)

func addFlags(fs *flag.FlagSet) {
	fs.String("grpc.host-port", ":17271", "The host:port of the remote storage gRPC server")
}

func main() {
	if os.Getenv(storage.SpanStorageTypeEnvVar) == "" {
		os.Setenv(storage.SpanStorageTypeEnvVar, "memory")
	}
	storageCfg, err := storage.FactoryConfigFromEnv()
	if err != nil {
		log.Fatal(err)
	}
	if storageCfg.SpanReaderType == "grpc" || storageCfg.SpanReaderType == "kafka" {
		log.Fatalf("remote-storage cannot be backed by %q storage", storageCfg.SpanReaderType)
	}
	factories, err := storage.NewFactory(storageCfg)
	if err != nil {
		log.Fatal(err)
	}
	inits := []func(*flag.FlagSet){config.AddFlags, addFlags}
	for _, f := range factories {
		inits = append(inits, f.AddFlags)
	}
	v, command := config.Viperize(inits...)
	command.Use = "spanhound-remote-storage"
	command.RunE = func(_ *cobra.Command, _ []string) error {
		logger, _ := zap.NewProduction()
		hc := healthcheck.New()
		f := factories[storageCfg.SpanReaderType]
		f.InitFromViper(v, logger)
		if err := f.Initialize(logger); err != nil {
			logger.Fatal("Failed to init storage factory", zap.Error(err))
		}
		reader, _ := f.CreateSpanReader()
		writer, _ := f.CreateSpanWriter()
		deps, _ := f.CreateDependencyReader()

		srv := grpc.NewServer()
		shared.RegisterPluginServices(srv, shared.NewGRPCHandler(reader, writer, deps))
		healthpb.RegisterHealthServer(srv, health.NewServer())
		lis, err := net.Listen("tcp", v.GetString("grpc.host-port"))
		if err != nil {
			logger.Fatal("Failed to listen", zap.Error(err))
		}
		go func() { _ = srv.Serve(lis) }()

		admin := http.NewServeMux()
		admin.Handle("/", hc.Handler())
		admin.Handle("/metrics", promhttp.Handler())
		go func() { _ = http.ListenAndServe(":17270", admin) }()
		hc.Ready()
		logger.Info("Remote storage server started", zap.String("backend", storageCfg.SpanReaderType))

		sig := make(chan os.Signal, 1)
		signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
		<-sig
		srv.GracefulStop()
		return nil
	}
	if err := command.Execute(); err != nil {
		log.Fatal(err)
	}
}
