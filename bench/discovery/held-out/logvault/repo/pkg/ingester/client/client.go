package client

import (
	"flag"
	"io"
	"time"

	"github.com/grafana/dskit/grpcclient"
	"google.golang.org/grpc"
	"google.golang.org/grpc/health/grpc_health_v1"

	"github.com/logvault/logvault/v3/pkg/logproto"
)

type Config struct {
	PoolConfig       PoolConfig        `yaml:"pool_config,omitempty"`
	RemoteTimeout    time.Duration     `yaml:"remote_timeout,omitempty"`
	GRPCClientConfig grpcclient.Config `yaml:"grpc_client_config"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	cfg.GRPCClientConfig.RegisterFlagsWithPrefix("ingester.client", f)
	f.DurationVar(&cfg.RemoteTimeout, "ingester.client.timeout", 5*time.Second, "")
}

// ClosableHealthAndIngesterClient is the gRPC client used by distributors and queriers.
type ClosableHealthAndIngesterClient struct {
	logproto.PusherClient
	logproto.QuerierClient
	logproto.StreamDataClient
	grpc_health_v1.HealthClient
	io.Closer
}

// New returns a new ingester client for the given address (host:9095 from the ring).
func New(cfg Config, addr string) (*ClosableHealthAndIngesterClient, error) {
	opts := []grpc.DialOption{grpc.WithDefaultCallOptions(cfg.GRPCClientConfig.CallOptions()...)}
	dialOpts, err := cfg.GRPCClientConfig.DialOption(instrumentation())
	if err != nil {
		return nil, err
	}
	opts = append(opts, dialOpts...)
	conn, err := grpc.Dial(addr, opts...)
	if err != nil {
		return nil, err
	}
	return &ClosableHealthAndIngesterClient{
		PusherClient:     logproto.NewPusherClient(conn),
		QuerierClient:    logproto.NewQuerierClient(conn),
		StreamDataClient: logproto.NewStreamDataClient(conn),
		HealthClient:     grpc_health_v1.NewHealthClient(conn),
		Closer:           conn,
	}, nil
}
