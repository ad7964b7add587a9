// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package storage selects span storage backends based on SPAN_STORAGE_TYPE.
// All backends are compiled into every binary; which one a process talks to
// is decided purely by its environment at startup.
package storage

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/viper"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/plugin/storage/badger"
	"github.com/spanhound/spanhound/plugin/storage/cassandra"
	"github.com/spanhound/spanhound/plugin/storage/es"
	"github.com/spanhound/spanhound/plugin/storage/grpc"
	"github.com/spanhound/spanhound/plugin/storage/kafka"
	"github.com/spanhound/spanhound/plugin/storage/memory"
	"github.com/spanhound/spanhound/storage/spanstore"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/samplingstore"
)

const (
	cassandraStorageType     = "cassandra"
	elasticsearchStorageType = "elasticsearch"
	opensearchStorageType    = "opensearch"
	memoryStorageType        = "memory"
	kafkaStorageType         = "kafka"
	grpcStorageType          = "grpc"
	badgerStorageType        = "badger"

	// SpanStorageTypeEnvVar is the env var that selects the span storage (comma separated
	// for fan-out writes, first one is used for reads).
	SpanStorageTypeEnvVar = "SPAN_STORAGE_TYPE"
	// DependencyStorageTypeEnvVar overrides the store used for the dependency graph.
	DependencyStorageTypeEnvVar = "DEPENDENCY_STORAGE_TYPE"
	// SamplingStorageTypeEnvVar selects the store for adaptive sampling throughput.
	SamplingStorageTypeEnvVar = "SAMPLING_STORAGE_TYPE"
)

// AllStorageTypes lists every supported backend.
var AllStorageTypes = []string{
	cassandraStorageType, elasticsearchStorageType, opensearchStorageType,
	memoryStorageType, kafkaStorageType, badgerStorageType, grpcStorageType,
}

// Factory is the interface every backend implements.
type Factory interface {
	AddFlags(fs *flag.FlagSet)
	InitFromViper(v *viper.Viper, logger *zap.Logger)
	Initialize(logger *zap.Logger) error
	CreateSpanReader() (spanstore.Reader, error)
	CreateSpanWriter() (spanstore.Writer, error)
	CreateDependencyReader() (dependencystore.Reader, error)
}

// SamplingStoreFactory is implemented by backends that can hold adaptive sampling data.
type SamplingStoreFactory interface {
	CreateSamplingStore(maxBuckets int) (samplingstore.Store, error)
}

// FactoryConfig records which backends were requested.
type FactoryConfig struct {
	SpanWriterTypes         []string
	SpanReaderType          string
	DependenciesStorageType string
	SamplingStorageType     string
}

// FactoryConfigFromEnv reads SPAN_STORAGE_TYPE and friends.
func FactoryConfigFromEnv() (*FactoryConfig, error) {
	spanStorageType := os.Getenv(SpanStorageTypeEnvVar)
	if spanStorageType == "" {
		spanStorageType = cassandraStorageType
	}
	writers := strings.Split(spanStorageType, ",")
	if len(writers) > 1 && writers[0] == kafkaStorageType {
		return nil, errors.New("kafka cannot be the primary storage when multiple writers are configured")
	}
	depType := os.Getenv(DependencyStorageTypeEnvVar)
	if depType == "" {
		depType = writers[0]
	}
	return &FactoryConfig{
		SpanWriterTypes:         writers,
		SpanReaderType:          writers[0],
		DependenciesStorageType: depType,
		SamplingStorageType:     os.Getenv(SamplingStorageTypeEnvVar),
	}, nil
}

// NewFactory instantiates only the backends named in cfg.
func NewFactory(cfg *FactoryConfig) (map[string]Factory, error) {
	types := map[string]bool{cfg.SpanReaderType: true, cfg.DependenciesStorageType: true}
	for _, t := range cfg.SpanWriterTypes {
		types[t] = true
	}
	if cfg.SamplingStorageType != "" {
		types[cfg.SamplingStorageType] = true
	}
	out := make(map[string]Factory, len(types))
	for t := range types {
		f, err := getFactoryOfType(t)
		if err != nil {
			return nil, err
		}
		out[t] = f
	}
	return out, nil
}

func getFactoryOfType(t string) (Factory, error) {
	switch t {
	case cassandraStorageType:
		return cassandra.NewFactory(), nil
	case elasticsearchStorageType, opensearchStorageType:
		return es.NewFactory(), nil
	case memoryStorageType:
		return memory.NewFactory(), nil
	case kafkaStorageType:
		// write-only: CreateSpanReader returns ErrNotSupported
		return kafka.NewFactory(), nil
	case badgerStorageType:
		return badger.NewFactory(), nil
	case grpcStorageType:
		return grpc.NewFactory(), nil
	default:
		return nil, fmt.Errorf("unknown storage type %s. Valid types are %v", t, AllStorageTypes)
	}
}
