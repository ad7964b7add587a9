package history

import (
	"context"
	"strconv"
	"sync"
	"time"

	commonpb "go.timeweave.io/api/common/v1"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/persistence"
)

const (
	TaskTypeWorkflowTask = iota
	TaskTypeActivityTask
	TaskTypeCloseExecution
	TaskTypeDeleteExecution
)

const (
	VisibilityStart = iota
	VisibilityUpsert
	VisibilityClose
)

type TransferTask struct {
	Type                                             int
	NamespaceID, WorkflowID, RunID, TaskQueue        string
	ScheduledEventID                                 int64
	Timeout                                          *time.Duration
}

func (t *TransferTask) Execution() *commonpb.WorkflowExecution {
	return &commonpb.WorkflowExecution{WorkflowId: t.WorkflowID, RunId: t.RunID}
}

type VisibilityTask struct {
	Kind                                                          int
	NamespaceID, WorkflowID, RunID, WorkflowType, TaskQueue, Status string
	SearchAttributes                                              map[string]any
}

// ShardController acquires the shards this host owns according to the history ring and
// loads them from the shards table.
type ShardController struct {
	numShards int32
	resolver  membership.ServiceResolver
	self      string
	shards    persistence.ShardManager
	// used to forward calls for shards that moved to another host
	peer historyservice.HistoryServiceClient
	mu    sync.Mutex
	owned map[int32][]byte
}

func NewShardController(cfg *config.Config, monitor membership.Monitor, sm persistence.ShardManager, peer historyservice.HistoryServiceClient) (*ShardController, error) {
	r, err := monitor.GetResolver(membership.HistoryService)
	if err != nil {
		return nil, err
	}
	return &ShardController{numShards: cfg.Persistence.NumHistoryShards, resolver: r, shards: sm, peer: peer, owned: map[int32][]byte{}}, nil
}

func (c *ShardController) Start() {
	go func() {
		for range time.Tick(5 * time.Second) {
			c.acquireShards(context.Background())
		}
	}()
}

func (c *ShardController) Stop() {}

func (c *ShardController) acquireShards(ctx context.Context) {
	for id := int32(1); id <= c.numShards; id++ {
		host, err := c.resolver.Lookup(strconv.Itoa(int(id)))
		if err != nil || host.GetAddress() != c.self {
			continue
		}
		info, err := c.shards.GetOrCreateShard(ctx, id)
		if err == nil {
			c.mu.Lock()
			c.owned[id] = info
			c.mu.Unlock()
		}
	}
}

func (c *ShardController) PendingTransferTasks() []*TransferTask     { return nil }
func (c *ShardController) PendingVisibilityTasks() []*VisibilityTask { return nil }
