package history

import (
	"context"
	"time"

	"go.timeweave.io/server/common/persistence/visibility"
)

// VisibilityQueueProcessor turns visibility tasks (start, upsert search attributes,
// close) into writes against the visibility store (Elasticsearch bulk or SQL).
type VisibilityQueueProcessor struct {
	vis    visibility.VisibilityManager
	shards *ShardController
}

func NewVisibilityQueueProcessor(v visibility.VisibilityManager, sc *ShardController) *VisibilityQueueProcessor {
	return &VisibilityQueueProcessor{vis: v, shards: sc}
}

func (p *VisibilityQueueProcessor) Start() {
	go func() {
		for range time.Tick(500 * time.Millisecond) {
			for _, t := range p.shards.PendingVisibilityTasks() {
				_ = p.process(context.Background(), t)
			}
		}
	}()
}

func (p *VisibilityQueueProcessor) process(ctx context.Context, t *VisibilityTask) error {
	req := &visibility.RecordRequest{
		NamespaceID: t.NamespaceID, WorkflowID: t.WorkflowID, RunID: t.RunID,
		WorkflowType: t.WorkflowType, TaskQueue: t.TaskQueue, Status: t.Status,
		SearchAttributes: t.SearchAttributes,
	}
	switch t.Kind {
	case VisibilityStart:
		return p.vis.RecordWorkflowExecutionStarted(ctx, req)
	case VisibilityUpsert:
		return p.vis.UpsertWorkflowExecution(ctx, req)
	case VisibilityClose:
		return p.vis.RecordWorkflowExecutionClosed(ctx, req)
	}
	return nil
}
