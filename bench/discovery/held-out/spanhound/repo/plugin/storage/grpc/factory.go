// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package grpc is a storage backend that delegates to a remote server
// implementing the storage_v1 gRPC API (SpanReaderPlugin, SpanWriterPlugin,
// DependenciesReaderPlugin). cmd/remote-storage is one such server.
package grpc

import (
	"flag"
	"fmt"
	"time"

	"github.com/spf13/viper"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/spanhound/spanhound/plugin/storage/grpc/shared"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/spanstore"
)

type Options struct {
	RemoteServerAddr  string
	RemoteTLS         bool
	ConnectionTimeout time.Duration
	TenancyHeader     string
}

type Factory struct {
	options Options
	conn    *grpc.ClientConn
	client  *shared.GRPCClient
	logger  *zap.Logger
}

func NewFactory() *Factory { return &Factory{} }

func (f *Factory) AddFlags(fs *flag.FlagSet) {
	// env: GRPC_STORAGE_SERVER, GRPC_STORAGE_TLS_ENABLED, GRPC_STORAGE_CONNECTION_TIMEOUT
	fs.String("grpc-storage.server", "", "The remote storage gRPC server address as host:port")
	fs.Bool("grpc-storage.tls.enabled", false, "Enable TLS towards the remote storage server")
	fs.Duration("grpc-storage.connection-timeout", 5*time.Second, "The remote storage gRPC server connection timeout")
}

func (f *Factory) InitFromViper(v *viper.Viper, logger *zap.Logger) {
	f.options = Options{
		RemoteServerAddr:  v.GetString("grpc-storage.server"),
		RemoteTLS:         v.GetBool("grpc-storage.tls.enabled"),
		ConnectionTimeout: v.GetDuration("grpc-storage.connection-timeout"),
	}
	f.logger = logger
}

func (f *Factory) Initialize(logger *zap.Logger) error {
	if f.options.RemoteServerAddr == "" {
		return fmt.Errorf("grpc-storage.server must be set when SPAN_STORAGE_TYPE=grpc")
	}
	conn, err := grpc.NewClient(f.options.RemoteServerAddr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
	)
	if err != nil {
		return fmt.Errorf("error connecting to remote storage %s: %w", f.options.RemoteServerAddr, err)
	}
	f.conn = conn
	f.client = shared.NewGRPCClient(conn)
	logger.Info("Remote storage configured", zap.String("server", f.options.RemoteServerAddr))
	return nil
}

func (f *Factory) CreateSpanReader() (spanstore.Reader, error)             { return f.client.SpanReader(), nil }
func (f *Factory) CreateSpanWriter() (spanstore.Writer, error)             { return f.client.SpanWriter(), nil }
func (f *Factory) CreateDependencyReader() (dependencystore.Reader, error) { return f.client.DependencyReader(), nil }

func (f *Factory) Close() error {
	if f.conn != nil {
		return f.conn.Close()
	}
	return nil
}
