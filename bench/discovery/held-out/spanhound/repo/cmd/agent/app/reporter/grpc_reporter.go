// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package reporter

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/spf13/viper"
	"go.uber.org/zap"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/resolver/manual"

	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/pkg/config"
	"github.com/spanhound/spanhound/proto-gen/api_v2"
)

const (
	gRPCPrefix        = "reporter.grpc"
	collectorHostPort = gRPCPrefix + ".host-port"
	retry             = gRPCPrefix + ".retry.max"
	discoveryMinPeers = gRPCPrefix + ".discovery.min-peers"
	defaultMaxRetry   = 3
	defaultMinPeers   = 3
)

// Options configure the connection to spanhound-collector.
// Env: REPORTER_GRPC_HOST_PORT=spanhound-collector:14250
type Options struct {
	CollectorHostPorts []string
	MaxRetry           uint
	DiscoveryMinPeers  int
	Tags               string
}

func AddFlags(fs *flag.FlagSet) {
	fs.String(collectorHostPort, "", "Comma-separated string representing host:port of a static list of collectors to connect to directly")
	fs.Uint(retry, defaultMaxRetry, "Sets the maximum number of retries for a call")
	fs.Int(discoveryMinPeers, defaultMinPeers, "Max number of collectors to which the agent will try to connect at any given time")
	fs.String("agent.tags", "", "One or more tags to be added to the Process tags of all spans passing through this agent")
}

func OptionsFromViper(v *viper.Viper) *Options {
	return &Options{
		CollectorHostPorts: config.SplitList(v.GetString(collectorHostPort)),
		MaxRetry:           v.GetUint(retry),
		DiscoveryMinPeers:  v.GetInt(discoveryMinPeers),
		Tags:               v.GetString("agent.tags"),
	}
}

// GRPCReporter forwards span batches to the collector's api_v2.CollectorService
// and proxies sampling strategy requests to api_v2.SamplingManager.
type GRPCReporter struct {
	conn      *grpc.ClientConn
	collector api_v2.CollectorServiceClient
	sampling  api_v2.SamplingManagerClient
	logger    *zap.Logger
}

func NewGRPCReporter(o *Options, logger *zap.Logger) (*GRPCReporter, error) {
	if len(o.CollectorHostPorts) == 0 {
		return nil, errors.New("at least one collector host:port is required (--reporter.grpc.host-port)")
	}
	var target string
	if len(o.CollectorHostPorts) > 1 {
		r := manual.NewBuilderWithScheme("spanhound-manual")
		target = r.Scheme() + ":///round_robin"
	} else {
		target = o.CollectorHostPorts[0]
	}
	conn, err := grpc.NewClient(target,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultServiceConfig(`{"loadBalancingConfig":[{"round_robin":{}}]}`),
		grpc.WithKeepaliveParams(keepalive.ClientParameters{Time: 30 * time.Second, PermitWithoutStream: true}),
	)
	if err != nil {
		return nil, fmt.Errorf("cannot dial collector %v: %w", o.CollectorHostPorts, err)
	}
	logger.Info("Agent will forward spans to collector", zap.Strings("collectors", o.CollectorHostPorts))
	return &GRPCReporter{
		conn:      conn,
		collector: api_v2.NewCollectorServiceClient(conn),
		sampling:  api_v2.NewSamplingManagerClient(conn),
		logger:    logger,
	}, nil
}

// EmitBatch forwards one batch.
func (r *GRPCReporter) EmitBatch(ctx context.Context, b *model.Batch) error {
	_, err := r.collector.PostSpans(ctx, &api_v2.PostSpansRequest{Batch: *b})
	if err != nil {
		r.logger.Error("Could not send spans over gRPC", zap.Error(err))
	}
	return err
}

// SamplingManager returns a proxy used by the agent's /sampling HTTP endpoint.
func (r *GRPCReporter) SamplingManager() *SamplingProxy { return &SamplingProxy{client: r.sampling} }

func (r *GRPCReporter) Close() error { return r.conn.Close() }

type SamplingProxy struct{ client api_v2.SamplingManagerClient }

func (p *SamplingProxy) GetSamplingStrategy(ctx context.Context, svc string) (*api_v2.SamplingStrategyResponse, error) {
	return p.client.GetSamplingStrategy(ctx, &api_v2.SamplingStrategyParameters{ServiceName: svc})
}
