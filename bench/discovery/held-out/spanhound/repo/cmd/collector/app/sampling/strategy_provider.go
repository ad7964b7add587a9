// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

// Package sampling serves sampling strategies to SDKs and agents.
//
// SAMPLING_CONFIG_TYPE=file (default) loads strategies from a JSON file or URL
// (--sampling.strategies-file), reloaded every --sampling.strategies-reload-interval.
// SAMPLING_CONFIG_TYPE=adaptive computes per-operation probabilities from observed
// throughput; throughput and probabilities are persisted in the store selected by
// SAMPLING_STORAGE_TYPE (cassandra, elasticsearch, badger, memory).
package sampling

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/spf13/viper"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

type StrategyProvider interface {
	GetSamplingStrategy(ctx context.Context, serviceName string) (*api_v2.SamplingStrategyResponse, error)
	Close() error
}

type ProviderFactory struct{ kind string }

func NewProviderFactory(kind string) *ProviderFactory {
	if kind == "" {
		kind = "file"
	}
	return &ProviderFactory{kind: kind}
}

func (p *ProviderFactory) AddFlags(fs *flag.FlagSet) {
	fs.String("sampling.strategies-file", "", "The path for the sampling strategies file in JSON format")
	fs.Duration("sampling.strategies-reload-interval", 0, "Reload interval to check and reload sampling strategies file. Zero disables reload")
	fs.Float64("sampling.default-sampling-probability", 0.001, "Sampling probability used when no strategy file is given")
	fs.Float64("sampling.target-samples-per-second", 1, "Adaptive: the global target rate of samples per operation")
	fs.Duration("sampling.calculation-interval", time.Minute, "Adaptive: how often new sampling probabilities are calculated")
	fs.Int("sampling.buckets-for-calculation", 1, "Adaptive: how many buckets of throughput data are used")
}

// SamplingStoreFactory is satisfied by storage factories that support adaptive sampling.
type SamplingStoreFactory interface{}

func (p *ProviderFactory) CreateStrategyProvider(v *viper.Viper, logger *zap.Logger, store SamplingStoreFactory) (StrategyProvider, error) {
	switch p.kind {
	case "file":
		return newFileProvider(v.GetString("sampling.strategies-file"), v.GetDuration("sampling.strategies-reload-interval"),
			v.GetFloat64("sampling.default-sampling-probability"), logger)
	case "adaptive":
		if store == nil {
			return nil, errors.New("adaptive sampling requires SAMPLING_STORAGE_TYPE (or a span storage with sampling support)")
		}
		return newAdaptiveProvider(v, store, logger)
	default:
		return nil, fmt.Errorf("unknown sampling strategy provider type %s", p.kind)
	}
}

type strategies struct {
	DefaultStrategy   *api_v2.SamplingStrategyResponse            `json:"default_strategy"`
	ServiceStrategies map[string]*api_v2.SamplingStrategyResponse `json:"service_strategies"`
}

type fileProvider struct {
	path     string
	current  atomic.Pointer[strategies]
	logger   *zap.Logger
	cancel   context.CancelFunc
	fallback float64
}

func newFileProvider(path string, reload time.Duration, fallback float64, logger *zap.Logger) (*fileProvider, error) {
	fp := &fileProvider{path: path, logger: logger, fallback: fallback}
	if path == "" {
		logger.Info("No sampling strategies file provided, using default probabilistic strategy", zap.Float64("probability", fallback))
		fp.current.Store(&strategies{DefaultStrategy: probabilistic(fallback)})
		return fp, nil
	}
	if err := fp.load(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	fp.cancel = cancel
	if reload > 0 {
		go fp.autoReload(ctx, reload)
	}
	return fp, nil
}

func (fp *fileProvider) load() error {
	b, err := os.ReadFile(fp.path)
	if err != nil {
		return fmt.Errorf("failed to read strategies file %s: %w", fp.path, err)
	}
	var s strategies
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("failed to unmarshal strategies: %w", err)
	}
	fp.current.Store(&s)
	return nil
}

func (fp *fileProvider) autoReload(ctx context.Context, d time.Duration) {
	t := time.NewTicker(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			if err := fp.load(); err != nil {
				fp.logger.Warn("failed to reload sampling strategies", zap.Error(err))
			}
		case <-ctx.Done():
			return
		}
	}
}

func (fp *fileProvider) GetSamplingStrategy(_ context.Context, svc string) (*api_v2.SamplingStrategyResponse, error) {
	s := fp.current.Load()
	if st, ok := s.ServiceStrategies[svc]; ok {
		return st, nil
	}
	if s.DefaultStrategy != nil {
		return s.DefaultStrategy, nil
	}
	return probabilistic(fp.fallback), nil
}

func (fp *fileProvider) Close() error {
	if fp.cancel != nil {
		fp.cancel()
	}
	return nil
}

func probabilistic(p float64) *api_v2.SamplingStrategyResponse {
	return &api_v2.SamplingStrategyResponse{
		StrategyType:          api_v2.SamplingStrategyType_PROBABILISTIC,
		ProbabilisticSampling: &api_v2.ProbabilisticSamplingStrategy{SamplingRate: p},
	}
}
