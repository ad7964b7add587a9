package querier

import (
	"context"

	"github.com/grafana/dskit/ring"
	ring_client "github.com/grafana/dskit/ring/client"

	"github.com/logvault/logvault/v3/pkg/ingester/client"
	"github.com/logvault/logvault/v3/pkg/iter"
	"github.com/logvault/logvault/v3/pkg/logproto"
)

// IngesterQuerier helps with querying the ingesters discovered through the ring.
type IngesterQuerier struct {
	ring Ring
	pool *ring_client.Pool
}

func NewIngesterQuerier(clientCfg client.Config, r ring.ReadRing, extraQueryDelay time.Duration) (*IngesterQuerier, error) {
	factory := func(addr string) (ring_client.PoolClient, error) {
		return client.New(clientCfg, addr)
	}
	return &IngesterQuerier{
		ring: r,
		pool: clientpool.NewPool("ingester", clientCfg.PoolConfig, r, ring_client.PoolAddrFunc(factory), logger),
	}, nil
}

func (q *IngesterQuerier) forAllIngesters(ctx context.Context, f func(context.Context, logproto.QuerierClient) (interface{}, error)) ([]responseFromIngesters, error) {
	replicationSet, err := q.ring.GetReplicationSetForOperation(ring.Read)
	if err != nil {
		return nil, err
	}
	return q.forGivenIngesters(ctx, replicationSet, f)
}

func (q *IngesterQuerier) SelectLogs(ctx context.Context, params logproto.SelectLogParams) ([]iter.EntryIterator, error) {
	resps, err := q.forAllIngesters(ctx, func(_ context.Context, client logproto.QuerierClient) (interface{}, error) {
		stats.FromContext(ctx).AddIngesterReached(1)
		return client.Query(ctx, params.QueryRequest)
	})
	if err != nil {
		return nil, err
	}
	iterators := make([]iter.EntryIterator, len(resps))
	for i := range resps {
		iterators[i] = iter.NewQueryClientIterator(resps[i].response.(logproto.Querier_QueryClient), params.Direction)
	}
	return iterators, nil
}

func (q *IngesterQuerier) Tail(ctx context.Context, req *logproto.TailRequest) (map[string]logproto.Querier_TailClient, error) {
	resps, err := q.forAllIngesters(ctx, func(_ context.Context, client logproto.QuerierClient) (interface{}, error) {
		return client.Tail(ctx, req)
	})
	if err != nil {
		return nil, err
	}
	out := map[string]logproto.Querier_TailClient{}
	for _, r := range resps {
		out[r.addr] = r.response.(logproto.Querier_TailClient)
	}
	return out, nil
}
