package visibility

import (
	"context"
	"fmt"

	"go.uber.org/fx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence/sql"
	esclient "go.timeweave.io/server/common/persistence/visibility/store/elasticsearch"
)

var Module = fx.Options(
	fx.Provide(NewManager),
	fx.Provide(ESClientProvider),
)

// VisibilityManager records and queries workflow executions for List/Count APIs.
type VisibilityManager interface {
	RecordWorkflowExecutionStarted(ctx context.Context, req *RecordRequest) error
	RecordWorkflowExecutionClosed(ctx context.Context, req *RecordRequest) error
	UpsertWorkflowExecution(ctx context.Context, req *RecordRequest) error
	ListWorkflowExecutions(ctx context.Context, namespace, query string, pageSize int, token []byte) ([]map[string]any, []byte, error)
	CountWorkflowExecutions(ctx context.Context, namespace, query string) (int64, error)
	Close()
}

type RecordRequest struct {
	NamespaceID, WorkflowID, RunID, WorkflowType, TaskQueue string
	Status                                                  string
	SearchAttributes                                        map[string]any
}

// ESClientProvider returns nil when the visibility store is not elasticsearch.
func ESClientProvider(cfg *config.Config) (esclient.Client, error) {
	ds, ok := cfg.Persistence.DataStores[cfg.Persistence.VisibilityStore]
	if !ok || ds.Elasticsearch == nil {
		return nil, nil
	}
	return esclient.NewClient(ds.Elasticsearch)
}

// NewManager picks the visibility store from persistence.visibilityStore: an
// elasticsearch datastore ("es-visibility") or an sql one ("visibility").
func NewManager(cfg *config.Config, es esclient.Client) (VisibilityManager, error) {
	name := cfg.Persistence.VisibilityStore
	ds, ok := cfg.Persistence.DataStores[name]
	if !ok {
		return nil, fmt.Errorf("visibilityStore %q not found in datastores", name)
	}
	switch {
	case ds.Elasticsearch != nil:
		return newESVisibilityStore(es, ds.Elasticsearch.Indices["visibility"]), nil
	case ds.SQL != nil:
		f, err := sql.NewFactory(*ds.SQL, "")
		if err != nil {
			return nil, err
		}
		return newSQLVisibilityStore(f), nil
	case ds.Cassandra != nil:
		return nil, fmt.Errorf("cassandra visibility is not supported; use elasticsearch or sql")
	}
	return nil, fmt.Errorf("visibilityStore %q has no store configured", name)
}
