package persistence

import (
	"context"
	"net"
	"time"
)

type ExecutionManager interface {
	CreateWorkflowExecution(ctx context.Context, req *CreateWorkflowExecutionRequest) error
	UpdateWorkflowExecution(ctx context.Context, req *UpdateWorkflowExecutionRequest) error
	GetWorkflowExecution(ctx context.Context, namespaceID, workflowID, runID string) (*WorkflowMutableState, error)
	ListConcreteExecutions(ctx context.Context, shardID int32, pageToken []byte) ([]*WorkflowMutableState, []byte, error)
	DeleteWorkflowExecution(ctx context.Context, namespaceID, workflowID, runID string) error
}

type TaskManager interface {
	CreateTasks(ctx context.Context, taskQueue string, tasks [][]byte) error
	GetTasks(ctx context.Context, taskQueue string, minID, maxID int64) ([][]byte, error)
	CompleteTasksLessThan(ctx context.Context, taskQueue string, id int64) (int, error)
	ListTaskQueue(ctx context.Context, pageToken []byte) ([]string, []byte, error)
}

type ShardManager interface {
	GetOrCreateShard(ctx context.Context, shardID int32) ([]byte, error)
	UpdateShard(ctx context.Context, shardID int32, info []byte, prevRangeID int64) error
}

type MetadataManager interface {
	GetNamespace(ctx context.Context, name string) ([]byte, error)
	CreateNamespace(ctx context.Context, name string, info []byte) error
	ListNamespaces(ctx context.Context, pageToken []byte) ([][]byte, []byte, error)
}

type ClusterMetadataManager interface {
	GetClusterMembers(ctx context.Context, req *GetClusterMembersRequest) (*GetClusterMembersResponse, error)
	UpsertClusterMembership(ctx context.Context, req *UpsertClusterMembershipRequest) error
}

type GetClusterMembersRequest struct{ LastHeartbeatWithin time.Duration }
type GetClusterMembersResponse struct{ ActiveMembers []*ClusterMember }
type ClusterMember struct {
	Role       string
	RPCAddress net.IP
	RPCPort    uint16
}
type UpsertClusterMembershipRequest struct {
	Role         string
	RPCAddress   net.IP
	RPCPort      uint16
	RecordExpiry time.Duration
}

type CreateWorkflowExecutionRequest struct{ ShardID int32; State *WorkflowMutableState }
type UpdateWorkflowExecutionRequest struct{ ShardID int32; State *WorkflowMutableState }
type WorkflowMutableState struct {
	NamespaceID, WorkflowID, RunID string
	Blob                           []byte
}

// DataStoreFactory is implemented by cassandra and sql.
type DataStoreFactory interface {
	NewExecutionStore() (ExecutionManager, error)
	NewTaskStore() (TaskManager, error)
	NewShardStore() (ShardManager, error)
	NewMetadataStore() (MetadataManager, error)
	NewClusterMetadataStore() (ClusterMetadataManager, error)
	Close()
}

type ConditionFailedError struct{ Msg string }

func (e *ConditionFailedError) Error() string { return e.Msg }
