package visibility

import (
	"context"

	"go.timeweave.io/server/common/persistence/sql"
	esclient "go.timeweave.io/server/common/persistence/visibility/store/elasticsearch"
)

type esVisibilityStore struct {
	client esclient.Client
	index  string
	bulk   esclient.BulkProcessor
}

func newESVisibilityStore(c esclient.Client, index string) *esVisibilityStore {
	bp, _ := c.RunBulkProcessor(context.Background(), "visibility-bulk", 100)
	return &esVisibilityStore{client: c, index: index, bulk: bp}
}

func (s *esVisibilityStore) doc(req *RecordRequest) map[string]any {
	d := map[string]any{
		"NamespaceId": req.NamespaceID, "WorkflowId": req.WorkflowID, "RunId": req.RunID,
		"WorkflowType": req.WorkflowType, "TaskQueue": req.TaskQueue, "ExecutionStatus": req.Status,
	}
	for k, v := range req.SearchAttributes {
		d[k] = v
	}
	return d
}

func (s *esVisibilityStore) RecordWorkflowExecutionStarted(_ context.Context, req *RecordRequest) error {
	s.bulk.Add(s.index, req.WorkflowID+"~"+req.RunID, s.doc(req))
	return nil
}
func (s *esVisibilityStore) RecordWorkflowExecutionClosed(_ context.Context, req *RecordRequest) error {
	s.bulk.Add(s.index, req.WorkflowID+"~"+req.RunID, s.doc(req))
	return nil
}
func (s *esVisibilityStore) UpsertWorkflowExecution(_ context.Context, req *RecordRequest) error {
	s.bulk.Add(s.index, req.WorkflowID+"~"+req.RunID, s.doc(req))
	return nil
}
func (s *esVisibilityStore) ListWorkflowExecutions(ctx context.Context, ns, query string, size int, token []byte) ([]map[string]any, []byte, error) {
	return s.client.Search(ctx, s.index, ns, query, size, token)
}
func (s *esVisibilityStore) CountWorkflowExecutions(ctx context.Context, ns, query string) (int64, error) {
	return s.client.Count(ctx, s.index, ns, query)
}
func (s *esVisibilityStore) Close() { s.bulk.Stop() }

type sqlVisibilityStore struct{ f *sql.Factory }

func newSQLVisibilityStore(f *sql.Factory) *sqlVisibilityStore { return &sqlVisibilityStore{f: f} }

func (s *sqlVisibilityStore) RecordWorkflowExecutionStarted(context.Context, *RecordRequest) error { return nil }
func (s *sqlVisibilityStore) RecordWorkflowExecutionClosed(context.Context, *RecordRequest) error  { return nil }
func (s *sqlVisibilityStore) UpsertWorkflowExecution(context.Context, *RecordRequest) error        { return nil }
func (s *sqlVisibilityStore) ListWorkflowExecutions(context.Context, string, string, int, []byte) ([]map[string]any, []byte, error) {
	return nil, nil, nil
}
func (s *sqlVisibilityStore) CountWorkflowExecutions(context.Context, string, string) (int64, error) {
	return 0, nil
}
func (s *sqlVisibilityStore) Close() { s.f.Close() }
