package gatewayclient

import (
	"context"
	"flag"

	"github.com/grafana/dskit/grpcclient"
	"google.golang.org/grpc"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

// IndexGatewayClientConfig configures the client queriers use to reach index gateways.
type IndexGatewayClientConfig struct {
	Mode             string            `yaml:"-"`
	// e.g. dns:///index-gateway:9095 (storage_config.index_gateway_client.server_address)
	Address          string            `yaml:"server_address,omitempty"`
	GRPCClientConfig grpcclient.Config `yaml:"grpc_client_config"`
	LogGatewayRequests bool            `yaml:"log_gateway_requests"`
}

func (i *IndexGatewayClientConfig) RegisterFlagsWithPrefix(prefix string, f *flag.FlagSet) {
	i.GRPCClientConfig.RegisterFlagsWithPrefix(prefix+".grpc", f)
	f.StringVar(&i.Address, prefix+".server-address", "", "Hostname or IP of the Index Gateway gRPC server running in simple mode.")
}

type GatewayClient struct {
	cfg        IndexGatewayClientConfig
	conn       *grpc.ClientConn
	grpcClient logproto.IndexGatewayClient
}

func NewGatewayClient(cfg IndexGatewayClientConfig, r prometheus.Registerer, limits indexgateway.Limits, logger log.Logger) (*GatewayClient, error) {
	dialOpts, err := cfg.GRPCClientConfig.DialOption(instrumentation(cfg))
	if err != nil {
		return nil, err
	}
	conn, err := grpc.Dial(cfg.Address, dialOpts...)
	if err != nil {
		return nil, err
	}
	return &GatewayClient{cfg: cfg, conn: conn, grpcClient: logproto.NewIndexGatewayClient(conn)}, nil
}

func (s *GatewayClient) GetChunkRef(ctx context.Context, in *logproto.GetChunkRefRequest) (*logproto.GetChunkRefResponse, error) {
	return s.grpcClient.GetChunkRef(ctx, in)
}

func (s *GatewayClient) GetSeries(ctx context.Context, in *logproto.GetSeriesRequest) (*logproto.GetSeriesResponse, error) {
	return s.grpcClient.GetSeries(ctx, in)
}

func (s *GatewayClient) LabelNamesForMetricName(ctx context.Context, in *logproto.LabelNamesForMetricNameRequest) (*logproto.LabelResponse, error) {
	return s.grpcClient.LabelNamesForMetricName(ctx, in)
}

func (s *GatewayClient) GetStats(ctx context.Context, in *logproto.IndexStatsRequest) (*logproto.IndexStatsResponse, error) {
	return s.grpcClient.GetStats(ctx, in)
}
