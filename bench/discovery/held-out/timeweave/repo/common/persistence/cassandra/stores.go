package cassandra

import (
	"context"

	"github.com/gocql/gocql"

	"go.timeweave.io/server/common/persistence"
)

type executionStore struct{ s *gocql.Session }

func (e *executionStore) CreateWorkflowExecution(ctx context.Context, req *persistence.CreateWorkflowExecutionRequest) error {
	st := req.State
	applied, err := e.s.Query(templateCreateWorkflowExecutionQuery, req.ShardID, 1, st.NamespaceID, st.WorkflowID, st.RunID, st.Blob, "proto3").
		WithContext(ctx).MapScanCAS(map[string]interface{}{})
	if err != nil {
		return err
	}
	if !applied {
		return &persistence.ConditionFailedError{Msg: "workflow already exists"}
	}
	return nil
}

func (e *executionStore) UpdateWorkflowExecution(ctx context.Context, req *persistence.UpdateWorkflowExecutionRequest) error {
	return e.s.Query(`UPDATE executions SET execution = ? WHERE shard_id = ? AND type = 1 AND namespace_id = ? AND workflow_id = ? AND run_id = ?`,
		req.State.Blob, req.ShardID, req.State.NamespaceID, req.State.WorkflowID, req.State.RunID).WithContext(ctx).Exec()
}

func (e *executionStore) GetWorkflowExecution(ctx context.Context, namespaceID, workflowID, runID string) (*persistence.WorkflowMutableState, error) {
	var blob []byte
	err := e.s.Query(`SELECT execution FROM executions WHERE namespace_id = ? AND workflow_id = ? AND run_id = ? ALLOW FILTERING`, namespaceID, workflowID, runID).
		WithContext(ctx).Scan(&blob)
	return &persistence.WorkflowMutableState{NamespaceID: namespaceID, WorkflowID: workflowID, RunID: runID, Blob: blob}, err
}

func (e *executionStore) ListConcreteExecutions(ctx context.Context, shardID int32, token []byte) ([]*persistence.WorkflowMutableState, []byte, error) {
	iter := e.s.Query(`SELECT namespace_id, workflow_id, run_id, execution FROM executions WHERE shard_id = ? AND type = 1`, shardID).
		WithContext(ctx).PageState(token).PageSize(100).Iter()
	var out []*persistence.WorkflowMutableState
	var ns, wf, run string
	var blob []byte
	for iter.Scan(&ns, &wf, &run, &blob) {
		out = append(out, &persistence.WorkflowMutableState{NamespaceID: ns, WorkflowID: wf, RunID: run, Blob: blob})
	}
	return out, iter.PageState(), iter.Close()
}

func (e *executionStore) DeleteWorkflowExecution(ctx context.Context, namespaceID, workflowID, runID string) error {
	return e.s.Query(`DELETE FROM executions WHERE namespace_id = ? AND workflow_id = ? AND run_id = ?`, namespaceID, workflowID, runID).WithContext(ctx).Exec()
}

type taskStore struct{ s *gocql.Session }

func (t *taskStore) CreateTasks(ctx context.Context, tq string, tasks [][]byte) error {
	b := t.s.NewBatch(gocql.LoggedBatch).WithContext(ctx)
	for i, task := range tasks {
		b.Query(`INSERT INTO tasks (task_queue_name, task_id, task) VALUES (?, ?, ?)`, tq, i, task)
	}
	return t.s.ExecuteBatch(b)
}

func (t *taskStore) GetTasks(ctx context.Context, tq string, minID, maxID int64) ([][]byte, error) {
	iter := t.s.Query(templateGetTasksQuery, "", tq, minID, maxID).WithContext(ctx).Iter()
	var out [][]byte
	var id int64
	var task []byte
	var enc string
	for iter.Scan(&id, &task, &enc) {
		out = append(out, task)
	}
	return out, iter.Close()
}

func (t *taskStore) CompleteTasksLessThan(ctx context.Context, tq string, id int64) (int, error) {
	return 0, t.s.Query(`DELETE FROM tasks WHERE task_queue_name = ? AND task_id <= ?`, tq, id).WithContext(ctx).Exec()
}

func (t *taskStore) ListTaskQueue(ctx context.Context, token []byte) ([]string, []byte, error) {
	return nil, nil, nil
}

type shardStore struct{ s *gocql.Session }

func (s *shardStore) GetOrCreateShard(ctx context.Context, shardID int32) ([]byte, error) {
	var info []byte
	err := s.s.Query(`SELECT shard FROM executions WHERE shard_id = ? AND type = 0`, shardID).WithContext(ctx).Scan(&info)
	return info, err
}

func (s *shardStore) UpdateShard(ctx context.Context, shardID int32, info []byte, prev int64) error {
	return s.s.Query(`UPDATE executions SET shard = ?, range_id = ? WHERE shard_id = ? AND type = 0 IF range_id = ?`, info, prev+1, shardID, prev).WithContext(ctx).Exec()
}

type metadataStore struct{ s *gocql.Session }

func (m *metadataStore) GetNamespace(ctx context.Context, name string) ([]byte, error) {
	var detail []byte
	err := m.s.Query(`SELECT detail FROM namespaces_by_id WHERE name = ?`, name).WithContext(ctx).Scan(&detail)
	return detail, err
}

func (m *metadataStore) CreateNamespace(ctx context.Context, name string, info []byte) error {
	return m.s.Query(`INSERT INTO namespaces (namespaces_partition, name, detail) VALUES(0, ?, ?) IF NOT EXISTS`, name, info).WithContext(ctx).Exec()
}

func (m *metadataStore) ListNamespaces(ctx context.Context, token []byte) ([][]byte, []byte, error) {
	return nil, nil, nil
}
