package ingester

import (
	"context"
	"sync"

	"github.com/grafana/dskit/ring"
	"github.com/grafana/dskit/services"

	"github.com/logvault/logvault/v3/pkg/ingester/client"
	"github.com/logvault/logvault/v3/pkg/logproto"
	"github.com/logvault/logvault/v3/pkg/storage/chunk"
)

// ChunkStore is the interface we need to store chunks (backed by S3 + memcached chunk cache).
type ChunkStore interface {
	Put(ctx context.Context, chunks []chunk.Chunk) error
	SelectLogs(ctx context.Context, req logproto.QueryRequest) (iter.EntryIterator, error)
}

type Ingester struct {
	services.Service
	cfg        Config
	clientCfg  client.Config
	lifecycler *ring.Lifecycler
	store      ChunkStore
	instancesMtx sync.RWMutex
	instances    map[string]*instance
	flushQueues  []*util.PriorityQueue
}

func New(cfg Config, clientConfig client.Config, store ChunkStore, limits Limits, reg prometheus.Registerer) (*Ingester, error) {
	i := &Ingester{cfg: cfg, clientCfg: clientConfig, store: store, instances: map[string]*instance{}}
	var err error
	// Registers this ingester in the ring (memberlist KV) so distributors and queriers can find it.
	i.lifecycler, err = ring.NewLifecycler(cfg.LifecyclerConfig, i, "ingester", RingKey, true, logger, reg)
	if err != nil {
		return nil, err
	}
	return i, nil
}

// Push implements logproto.PusherServer; called by distributors over gRPC.
func (i *Ingester) Push(ctx context.Context, req *logproto.PushRequest) (*logproto.PushResponse, error) {
	inst := i.getOrCreateInstance(tenantID(ctx))
	return &logproto.PushResponse{}, inst.Push(ctx, req)
}

// Query implements logproto.QuerierServer; called by queriers over gRPC.
func (i *Ingester) Query(req *logproto.QueryRequest, srv logproto.Querier_QueryServer) error {
	inst := i.getOrCreateInstance(tenantID(srv.Context()))
	it, err := inst.Query(srv.Context(), req)
	if err != nil {
		return err
	}
	return sendBatches(srv.Context(), it, srv, req.Limit)
}

func (i *Ingester) Tail(req *logproto.TailRequest, srv logproto.Querier_TailServer) error {
	inst := i.getOrCreateInstance(tenantID(srv.Context()))
	return inst.addNewTailer(srv.Context(), newTailer(req, srv))
}
