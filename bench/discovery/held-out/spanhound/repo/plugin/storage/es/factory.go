// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package es

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"time"

	"github.com/olivere/elastic/v7"
	"github.com/spf13/viper"
	"go.uber.org/zap"

	esdepstore "github.com/spanhound/spanhound/plugin/storage/es/dependencystore"
	essamplingstore "github.com/spanhound/spanhound/plugin/storage/es/samplingstore"
	esspanstore "github.com/spanhound/spanhound/plugin/storage/es/spanstore"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/samplingstore"
	"github.com/spanhound/spanhound/storage/spanstore"
)

// Factory implements storage.Factory for Elasticsearch / OpenSearch.
type Factory struct {
	Options *Options
	logger  *zap.Logger
	client  *elastic.Client
}

func NewFactory() *Factory { return &Factory{Options: &Options{}} }

func (f *Factory) AddFlags(fs *flag.FlagSet) { f.Options.AddFlags(fs) }

func (f *Factory) InitFromViper(v *viper.Viper, logger *zap.Logger) {
	f.Options.InitFromViper(v)
	f.logger = logger
}

func (f *Factory) Initialize(logger *zap.Logger) error {
	opts := []elastic.ClientOptionFunc{
		elastic.SetURL(f.Options.ServerURLs...),
		elastic.SetSniff(f.Options.Sniffer),
		elastic.SetHealthcheckInterval(10 * time.Second),
		elastic.SetHttpClient(&http.Client{Timeout: 30 * time.Second}),
	}
	if f.Options.Username != "" {
		opts = append(opts, elastic.SetBasicAuth(f.Options.Username, f.Options.Password))
	}
	client, err := elastic.NewClient(opts...)
	if err != nil {
		return fmt.Errorf("failed to create Elasticsearch client for %v: %w", f.Options.ServerURLs, err)
	}
	f.client = client

	if f.Options.Version == 0 {
		v, err := client.ElasticsearchVersion(f.Options.ServerURLs[0])
		if err != nil {
			return fmt.Errorf("failed to detect Elasticsearch version: %w", err)
		}
		logger.Info("Elasticsearch detected", zap.String("version", v))
	}
	if f.Options.CreateIndexTemplate && !f.Options.UseAliases {
		if err := esspanstore.CreateTemplates(context.Background(), client, f.Options.IndexPrefix, f.Options.NumShards, f.Options.NumReplicas); err != nil {
			return err
		}
	}
	return nil
}

func (f *Factory) CreateSpanReader() (spanstore.Reader, error) {
	return esspanstore.NewSpanReader(esspanstore.SpanReaderParams{
		Client:      f.client,
		IndexPrefix: f.Options.IndexPrefix,
		UseReadWriteAliases: f.Options.UseAliases,
		MaxSpanAge:  f.Options.MaxSpanAge,
		Logger:      f.logger,
	}), nil
}

func (f *Factory) CreateSpanWriter() (spanstore.Writer, error) {
	bulk, err := f.client.BulkProcessor().
		Workers(f.Options.BulkWorkers).
		BulkSize(f.Options.BulkSize).
		FlushInterval(f.Options.BulkFlushInterval).
		Do(context.Background())
	if err != nil {
		return nil, err
	}
	return esspanstore.NewSpanWriter(esspanstore.SpanWriterParams{
		Client:      f.client,
		Bulk:        bulk,
		IndexPrefix: f.Options.IndexPrefix,
		UseReadWriteAliases: f.Options.UseAliases,
		Logger:      f.logger,
	}), nil
}

func (f *Factory) CreateDependencyReader() (dependencystore.Reader, error) {
	return esdepstore.NewDependencyStore(f.client, f.Options.IndexPrefix, f.logger), nil
}

func (f *Factory) CreateSamplingStore(maxBuckets int) (samplingstore.Store, error) {
	return essamplingstore.NewSamplingStore(f.client, f.Options.IndexPrefix, maxBuckets, f.logger), nil
}

func (f *Factory) Close() error {
	if f.client != nil {
		f.client.Stop()
	}
	return nil
}
