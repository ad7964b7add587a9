package querier

import (
	"context"
	"flag"
	"time"

	"github.com/logvault/logvault/v3/pkg/compactor/deletion"
	"github.com/logvault/logvault/v3/pkg/iter"
	"github.com/logvault/logvault/v3/pkg/logproto"
	"github.com/logvault/logvault/v3/pkg/storage"
)

type Config struct {
	QueryIngestersWithin time.Duration `yaml:"query_ingesters_within,omitempty"`
	MaxConcurrent        int           `yaml:"max_concurrent"`
	QueryStoreOnly       bool          `yaml:"query_store_only"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.DurationVar(&cfg.QueryIngestersWithin, "querier.query-ingesters-within", 3*time.Hour, "Maximum lookback beyond which queries are not sent to ingester.")
	f.IntVar(&cfg.MaxConcurrent, "querier.max-concurrent", 4, "The maximum number of queries that can be simultaneously processed by the querier.")
}

// SingleTenantQuerier merges results from ingesters (recent data) and the store
// (S3 chunks + index from the index-gateway).
type SingleTenantQuerier struct {
	cfg             Config
	store           storage.Store
	ingesterQuerier *IngesterQuerier
	deleteGetter    deletion.DeleteRequestsClient
}

func New(cfg Config, store storage.Store, ingesterQuerier *IngesterQuerier, limits Limits, d deletion.DeleteRequestsClient) (*SingleTenantQuerier, error) {
	return &SingleTenantQuerier{cfg: cfg, store: store, ingesterQuerier: ingesterQuerier, deleteGetter: d}, nil
}

func (q *SingleTenantQuerier) SelectLogs(ctx context.Context, params logproto.SelectLogParams) (iter.EntryIterator, error) {
	var err error
	params.Start, params.End, err = q.validateQueryRequest(ctx, params)
	if err != nil {
		return nil, err
	}
	deletes, err := q.deletesForUser(ctx, params.Start, params.End)
	if err != nil {
		return nil, err
	}
	params.Deletes = deletes

	iters := []iter.EntryIterator{}
	if !q.cfg.QueryStoreOnly && params.End.After(time.Now().Add(-q.cfg.QueryIngestersWithin)) {
		ingesterIters, err := q.ingesterQuerier.SelectLogs(ctx, params)
		if err != nil {
			return nil, err
		}
		iters = append(iters, ingesterIters...)
	}
	storeIter, err := q.store.SelectLogs(ctx, params)
	if err != nil {
		return nil, err
	}
	iters = append(iters, storeIter)
	return iter.NewMergeEntryIterator(ctx, iters, params.Direction), nil
}

func (q *SingleTenantQuerier) deletesForUser(ctx context.Context, start, end time.Time) ([]*logproto.Delete, error) {
	userID, err := tenant.TenantID(ctx)
	if err != nil {
		return nil, err
	}
	d, err := q.deleteGetter.GetAllDeleteRequestsForUser(ctx, userID)
	if err != nil {
		return nil, err
	}
	return toProtoDeletes(d, start, end), nil
}
