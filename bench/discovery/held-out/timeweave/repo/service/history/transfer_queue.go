package history

import (
	"context"
	"time"

	taskqueuepb "go.timeweave.io/api/taskqueue/v1"

	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/common/persistence"
)

// TransferQueueProcessor reads transfer tasks written with each workflow update and
// dispatches them: workflow/activity tasks are pushed to matching.
type TransferQueueProcessor struct {
	matching   matchingservice.MatchingServiceClient
	executions persistence.ExecutionManager
	shards     *ShardController
	stop       chan struct{}
}

func NewTransferQueueProcessor(m matchingservice.MatchingServiceClient, e persistence.ExecutionManager, sc *ShardController) *TransferQueueProcessor {
	return &TransferQueueProcessor{matching: m, executions: e, shards: sc, stop: make(chan struct{})}
}

func (p *TransferQueueProcessor) Start() { go p.loop() }

func (p *TransferQueueProcessor) loop() {
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			for _, task := range p.shards.PendingTransferTasks() {
				_ = p.process(context.Background(), task)
			}
		}
	}
}

func (p *TransferQueueProcessor) process(ctx context.Context, task *TransferTask) error {
	switch task.Type {
	case TaskTypeWorkflowTask:
		_, err := p.matching.AddWorkflowTask(ctx, &matchingservice.AddWorkflowTaskRequest{
			NamespaceId:            task.NamespaceID,
			Execution:              task.Execution(),
			TaskQueue:              &taskqueuepb.TaskQueue{Name: task.TaskQueue},
			ScheduledEventId:       task.ScheduledEventID,
			ScheduleToStartTimeout: task.Timeout,
		})
		return err
	case TaskTypeActivityTask:
		_, err := p.matching.AddActivityTask(ctx, &matchingservice.AddActivityTaskRequest{
			NamespaceId:      task.NamespaceID,
			Execution:        task.Execution(),
			TaskQueue:        &taskqueuepb.TaskQueue{Name: task.TaskQueue},
			ScheduledEventId: task.ScheduledEventID,
		})
		return err
	case TaskTypeCloseExecution, TaskTypeDeleteExecution:
		return p.executions.DeleteWorkflowExecution(ctx, task.NamespaceID, task.WorkflowID, task.RunID)
	}
	return nil
}
