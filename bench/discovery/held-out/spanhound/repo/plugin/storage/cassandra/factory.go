// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package cassandra

import (
	"flag"
	"fmt"

	"github.com/gocql/gocql"
	"github.com/spf13/viper"
	"go.uber.org/zap"

	cdepstore "github.com/spanhound/spanhound/plugin/storage/cassandra/dependencystore"
	csamplingstore "github.com/spanhound/spanhound/plugin/storage/cassandra/samplingstore"
	cspanstore "github.com/spanhound/spanhound/plugin/storage/cassandra/spanstore"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/samplingstore"
	"github.com/spanhound/spanhound/storage/spanstore"
)

// Factory implements storage.Factory for Cassandra.
type Factory struct {
	Options *Options
	logger  *zap.Logger
	session *gocql.Session
}

func NewFactory() *Factory { return &Factory{Options: &Options{}} }

func (f *Factory) AddFlags(fs *flag.FlagSet) { f.Options.AddFlags(fs) }

func (f *Factory) InitFromViper(v *viper.Viper, logger *zap.Logger) {
	f.Options.InitFromViper(v)
	f.logger = logger
}

func (f *Factory) Initialize(logger *zap.Logger) error {
	cluster := gocql.NewCluster(f.Options.Servers...)
	cluster.Port = f.Options.Port
	cluster.Keyspace = f.Options.Keyspace
	cluster.Consistency = gocql.ParseConsistency(f.Options.Consistency)
	cluster.ProtoVersion = 4
	cluster.ConnectTimeout = f.Options.ConnectTimeout
	if f.Options.LocalDC != "" {
		cluster.PoolConfig.HostSelectionPolicy = gocql.TokenAwareHostPolicy(gocql.DCAwareRoundRobinPolicy(f.Options.LocalDC))
	}
	if f.Options.Username != "" {
		cluster.Authenticator = gocql.PasswordAuthenticator{
			Username: f.Options.Username,
			Password: f.Options.Password,
		}
	}
	if f.Options.TLSEnabled {
		cluster.SslOpts = &gocql.SslOptions{EnableHostVerification: true}
	}
	session, err := cluster.CreateSession()
	if err != nil {
		return fmt.Errorf("failed to create cassandra session to %v: %w", f.Options.Servers, err)
	}
	f.session = session
	logger.Info("Connected to Cassandra", zap.Strings("servers", f.Options.Servers), zap.String("keyspace", f.Options.Keyspace))
	return nil
}

func (f *Factory) CreateSpanReader() (spanstore.Reader, error) {
	return cspanstore.NewSpanReader(f.session, f.logger), nil
}

func (f *Factory) CreateSpanWriter() (spanstore.Writer, error) {
	return cspanstore.NewSpanWriter(f.session, f.Options.WriteCacheTTL, f.Options.IndexTags, f.logger), nil
}

func (f *Factory) CreateDependencyReader() (dependencystore.Reader, error) {
	return cdepstore.NewDependencyStore(f.session, f.logger), nil
}

func (f *Factory) CreateSamplingStore(maxBuckets int) (samplingstore.Store, error) {
	return csamplingstore.New(f.session, f.logger), nil
}

func (f *Factory) Close() error {
	if f.session != nil {
		f.session.Close()
	}
	return nil
}
