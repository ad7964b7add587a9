package client

import (
	"context"
	"flag"

	"github.com/grafana/dskit/grpcclient"
	"google.golang.org/grpc"

	"github.com/logvault/logvault/v3/pkg/compactor/client/grpc"
	"github.com/logvault/logvault/v3/pkg/compactor/deletion"
)

type GRPCConfig struct {
	GRPCClientConfig grpcclient.Config `yaml:",inline"`
}

func (cfg *GRPCConfig) RegisterFlags(f *flag.FlagSet) {
	cfg.GRPCClientConfig.RegisterFlagsWithPrefix("compactor.grpc-client", f)
}

// compactorGRPCClient is used by queriers to fetch delete requests and the cache
// generation number from the compactor (common.compactor_grpc_address).
type compactorGRPCClient struct {
	cfg        GRPCConfig
	grpcClient grpc.CompactorClient
	conn       *grpc.ClientConn
}

func NewGRPCClient(addr string, cfg GRPCConfig, r prometheus.Registerer) (deletion.CompactorClient, error) {
	dialOpts, err := cfg.GRPCClientConfig.DialOption(nil, nil)
	if err != nil {
		return nil, err
	}
	conn, err := grpc.Dial(addr, dialOpts...)
	if err != nil {
		return nil, err
	}
	return &compactorGRPCClient{cfg: cfg, conn: conn, grpcClient: compactor_grpc.NewCompactorClient(conn)}, nil
}

func (s *compactorGRPCClient) GetAllDeleteRequestsForUser(ctx context.Context, userID string) ([]deletion.DeleteRequest, error) {
	ctx = user.InjectOrgID(ctx, userID)
	grpcResp, err := s.grpcClient.GetDeleteRequests(ctx, &compactor_grpc.GetDeleteRequestsRequest{})
	if err != nil {
		return nil, err
	}
	out := make([]deletion.DeleteRequest, 0, len(grpcResp.DeleteRequests))
	for _, dr := range grpcResp.DeleteRequests {
		out = append(out, deletion.DeleteRequest{RequestID: dr.RequestID, Query: dr.Query, Status: deletion.DeleteRequestStatus(dr.Status)})
	}
	return out, nil
}

func (s *compactorGRPCClient) GetCacheGenerationNumber(ctx context.Context, userID string) (string, error) {
	ctx = user.InjectOrgID(ctx, userID)
	resp, err := s.grpcClient.GetCacheGenNumbers(ctx, &compactor_grpc.GetCacheGenNumbersRequest{})
	if err != nil {
		return "", err
	}
	return resp.ResultsCacheGen, nil
}
