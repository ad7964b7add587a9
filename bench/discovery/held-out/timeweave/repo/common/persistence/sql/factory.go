package sql

import (
	"context"
	"fmt"
	"sync"

	"github.com/jmoiron/sqlx"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
	"go.timeweave.io/server/common/persistence/sql/sqlplugin"

	// Register the sql plugins compiled into the server.
	_ "go.timeweave.io/server/common/persistence/sql/sqlplugin/mysql"
	_ "go.timeweave.io/server/common/persistence/sql/sqlplugin/postgresql"
)

type Factory struct {
	cfg     config.SQL
	cluster string
	mu      sync.Mutex
	db      *sqlx.DB
}

// NewFactory opens the sql plugin named by sql.pluginName ("postgres12", "postgres12_pgx",
// "mysql8") against sql.connectAddr.
func NewFactory(cfg config.SQL, clusterName string) (*Factory, error) {
	plugin, ok := sqlplugin.Get(cfg.PluginName)
	if !ok {
		return nil, fmt.Errorf("sql plugin %q not registered", cfg.PluginName)
	}
	db, err := plugin.CreateDB(&cfg)
	if err != nil {
		return nil, err
	}
	return &Factory{cfg: cfg, cluster: clusterName, db: db}, nil
}

func (f *Factory) Close() { _ = f.db.Close() }

func (f *Factory) NewExecutionStore() (persistence.ExecutionManager, error) { return &sqlExecutionStore{db: f.db}, nil }
func (f *Factory) NewTaskStore() (persistence.TaskManager, error)           { return &sqlTaskStore{db: f.db}, nil }
func (f *Factory) NewShardStore() (persistence.ShardManager, error)         { return &sqlShardStore{db: f.db}, nil }
func (f *Factory) NewMetadataStore() (persistence.MetadataManager, error)   { return &sqlMetadataStore{db: f.db}, nil }
func (f *Factory) NewClusterMetadataStore() (persistence.ClusterMetadataManager, error) {
	return &sqlClusterMetadataStore{db: f.db}, nil
}

type sqlExecutionStore struct{ db *sqlx.DB }

func (s *sqlExecutionStore) CreateWorkflowExecution(ctx context.Context, req *persistence.CreateWorkflowExecutionRequest) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO executions (shard_id, namespace_id, workflow_id, run_id, data, data_encoding) VALUES ($1, $2, $3, $4, $5, 'proto3')`,
		req.ShardID, req.State.NamespaceID, req.State.WorkflowID, req.State.RunID, req.State.Blob)
	return err
}

func (s *sqlExecutionStore) UpdateWorkflowExecution(ctx context.Context, req *persistence.UpdateWorkflowExecutionRequest) error {
	_, err := s.db.ExecContext(ctx, `UPDATE executions SET data = $1 WHERE shard_id = $2 AND namespace_id = $3 AND workflow_id = $4 AND run_id = $5`,
		req.State.Blob, req.ShardID, req.State.NamespaceID, req.State.WorkflowID, req.State.RunID)
	return err
}

func (s *sqlExecutionStore) GetWorkflowExecution(ctx context.Context, ns, wf, run string) (*persistence.WorkflowMutableState, error) {
	st := &persistence.WorkflowMutableState{NamespaceID: ns, WorkflowID: wf, RunID: run}
	err := s.db.GetContext(ctx, &st.Blob, `SELECT data FROM executions WHERE namespace_id = $1 AND workflow_id = $2 AND run_id = $3`, ns, wf, run)
	return st, err
}

func (s *sqlExecutionStore) ListConcreteExecutions(ctx context.Context, shardID int32, token []byte) ([]*persistence.WorkflowMutableState, []byte, error) {
	rows, err := s.db.QueryxContext(ctx, `SELECT namespace_id, workflow_id, run_id, data FROM executions WHERE shard_id = $1 ORDER BY workflow_id LIMIT 100`, shardID)
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	var out []*persistence.WorkflowMutableState
	for rows.Next() {
		st := &persistence.WorkflowMutableState{}
		if err := rows.Scan(&st.NamespaceID, &st.WorkflowID, &st.RunID, &st.Blob); err != nil {
			return nil, nil, err
		}
		out = append(out, st)
	}
	return out, nil, nil
}

func (s *sqlExecutionStore) DeleteWorkflowExecution(ctx context.Context, ns, wf, run string) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM executions WHERE namespace_id = $1 AND workflow_id = $2 AND run_id = $3`, ns, wf, run)
	return err
}

type sqlTaskStore struct{ db *sqlx.DB }

func (s *sqlTaskStore) CreateTasks(ctx context.Context, tq string, tasks [][]byte) error {
	for i, t := range tasks {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO tasks (range_hash, task_queue_id, task_id, data) VALUES (0, $1, $2, $3)`, tq, i, t); err != nil {
			return err
		}
	}
	return nil
}

func (s *sqlTaskStore) GetTasks(ctx context.Context, tq string, minID, maxID int64) ([][]byte, error) {
	var out [][]byte
	err := s.db.SelectContext(ctx, &out, `SELECT data FROM tasks WHERE task_queue_id = $1 AND task_id > $2 AND task_id <= $3`, tq, minID, maxID)
	return out, err
}

func (s *sqlTaskStore) CompleteTasksLessThan(ctx context.Context, tq string, id int64) (int, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM tasks WHERE task_queue_id = $1 AND task_id <= $2`, tq, id)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

func (s *sqlTaskStore) ListTaskQueue(ctx context.Context, token []byte) ([]string, []byte, error) {
	var out []string
	err := s.db.SelectContext(ctx, &out, `SELECT task_queue_id FROM task_queues LIMIT 100`)
	return out, nil, err
}

type sqlShardStore struct{ db *sqlx.DB }

func (s *sqlShardStore) GetOrCreateShard(ctx context.Context, id int32) ([]byte, error) {
	var data []byte
	err := s.db.GetContext(ctx, &data, `SELECT data FROM shards WHERE shard_id = $1`, id)
	return data, err
}

func (s *sqlShardStore) UpdateShard(ctx context.Context, id int32, info []byte, prev int64) error {
	_, err := s.db.ExecContext(ctx, `UPDATE shards SET data = $1, range_id = $2 WHERE shard_id = $3 AND range_id = $4`, info, prev+1, id, prev)
	return err
}

type sqlMetadataStore struct{ db *sqlx.DB }

func (s *sqlMetadataStore) GetNamespace(ctx context.Context, name string) ([]byte, error) {
	var data []byte
	err := s.db.GetContext(ctx, &data, `SELECT data FROM namespaces WHERE name = $1`, name)
	return data, err
}

func (s *sqlMetadataStore) CreateNamespace(ctx context.Context, name string, info []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO namespaces (partition_id, name, data) VALUES (54321, $1, $2)`, name, info)
	return err
}

func (s *sqlMetadataStore) ListNamespaces(ctx context.Context, token []byte) ([][]byte, []byte, error) {
	var out [][]byte
	err := s.db.SelectContext(ctx, &out, `SELECT data FROM namespaces`)
	return out, nil, err
}

type sqlClusterMetadataStore struct{ db *sqlx.DB }

func (s *sqlClusterMetadataStore) GetClusterMembers(ctx context.Context, req *persistence.GetClusterMembersRequest) (*persistence.GetClusterMembersResponse, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT role, rpc_address, rpc_port FROM cluster_membership WHERE last_heartbeat > now() - $1::interval`, req.LastHeartbeatWithin.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	resp := &persistence.GetClusterMembersResponse{}
	for rows.Next() {
		m := &persistence.ClusterMember{}
		var addr string
		if err := rows.Scan(&m.Role, &addr, &m.RPCPort); err != nil {
			return nil, err
		}
		resp.ActiveMembers = append(resp.ActiveMembers, m)
	}
	return resp, nil
}

func (s *sqlClusterMetadataStore) UpsertClusterMembership(ctx context.Context, req *persistence.UpsertClusterMembershipRequest) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO cluster_membership (membership_partition, role, rpc_address, rpc_port, last_heartbeat) VALUES (0, $1, $2, $3, now())
		ON CONFLICT (membership_partition, rpc_address, rpc_port) DO UPDATE SET last_heartbeat = now()`, req.Role, req.RPCAddress.String(), req.RPCPort)
	return err
}
