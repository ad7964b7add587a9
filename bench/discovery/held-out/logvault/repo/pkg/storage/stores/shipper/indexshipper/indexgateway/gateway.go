package indexgateway

import (
	"context"

	"github.com/grafana/dskit/services"

	"github.com/logvault/logvault/v3/pkg/logproto"
	"github.com/logvault/logvault/v3/pkg/storage/stores/shipper/indexshipper/storage"
)

// Gateway serves index lookups (logproto.IndexGatewayServer). It keeps TSDB index files
// downloaded from the object store (storage.NewIndexStorageClient over the S3 client)
// and answers chunk-ref / series / stats requests from queriers.
type Gateway struct {
	services.Service
	cfg           Config
	indexQuerier  IndexQuerier
	indexStorage  storage.Client
	bloomQuerier  BloomQuerier // nil: bloom_gateway disabled
}

func NewIndexGateway(cfg Config, log log.Logger, r prometheus.Registerer, indexQuerier IndexQuerier, indexClients []IndexClientWithRange) (*Gateway, error) {
	g := &Gateway{cfg: cfg, indexQuerier: indexQuerier}
	g.Service = services.NewIdleService(g.starting, g.stopping)
	return g, nil
}

func (g *Gateway) starting(ctx context.Context) error {
	// sync index tables from the bucket (index_ prefix) into the local cache_location
	return g.indexStorage.RefreshIndexTableNamesCache(ctx)
}

func (g *Gateway) GetChunkRef(ctx context.Context, req *logproto.GetChunkRefRequest) (*logproto.GetChunkRefResponse, error) {
	instanceID, err := tenant.TenantID(ctx)
	if err != nil {
		return nil, err
	}
	chunks, _, err := g.indexQuerier.GetChunks(ctx, instanceID, req.From, req.Through, req.Plan)
	if err != nil {
		return nil, err
	}
	result := &logproto.GetChunkRefResponse{Refs: make([]*logproto.ChunkRef, 0, len(chunks))}
	for _, cs := range chunks {
		for i := range cs {
			result.Refs = append(result.Refs, &cs[i].ChunkRef)
		}
	}
	if g.bloomQuerier != nil {
		result.Refs, err = g.bloomQuerier.FilterChunkRefs(ctx, instanceID, req.From, req.Through, result.Refs, req.Plan)
	}
	return result, err
}

func (g *Gateway) stopping(_ error) error { return nil }
