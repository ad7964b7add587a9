package scanner

import (
	"context"
	"time"

	"go.timeweave.io/sdk/activity"
	"go.timeweave.io/sdk/workflow"
	sdkworker "go.timeweave.io/sdk/worker"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
)

// Scanner runs periodic system workflows that clean persistence directly:
// the task-queue scavenger (tasks table) and the execution scavenger (executions).
type Scanner struct {
	tasks      persistence.TaskManager
	executions persistence.ExecutionManager
	numShards  int32
}

func New(tm persistence.TaskManager, em persistence.ExecutionManager, cfg *config.Config) *Scanner {
	return &Scanner{tasks: tm, executions: em, numShards: cfg.Persistence.NumHistoryShards}
}

func (s *Scanner) Register(w sdkworker.Worker) {
	w.RegisterWorkflowWithOptions(TaskQueueScannerWorkflow, workflow.RegisterOptions{Name: "timeweave-sys-tq-scanner-workflow"})
	w.RegisterActivityWithOptions(s.TaskQueueScavengerActivity, activity.RegisterOptions{Name: "timeweave-sys-tq-scanner-scvg-activity"})
	w.RegisterActivityWithOptions(s.ExecutionsScavengerActivity, activity.RegisterOptions{Name: "timeweave-sys-executions-scanner-scvg-activity"})
}

func TaskQueueScannerWorkflow(ctx workflow.Context) error {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: 12 * time.Hour, HeartbeatTimeout: 5 * time.Minute})
	return workflow.ExecuteActivity(ctx, "timeweave-sys-tq-scanner-scvg-activity").Get(ctx, nil)
}

func (s *Scanner) TaskQueueScavengerActivity(ctx context.Context) error {
	var token []byte
	for {
		queues, next, err := s.tasks.ListTaskQueue(ctx, token)
		if err != nil {
			return err
		}
		for _, q := range queues {
			_, _ = s.tasks.CompleteTasksLessThan(ctx, q, time.Now().Add(-72*time.Hour).UnixNano())
			activity.RecordHeartbeat(ctx, q)
		}
		if len(next) == 0 {
			return nil
		}
		token = next
	}
}

func (s *Scanner) ExecutionsScavengerActivity(ctx context.Context) error {
	for shard := int32(1); shard <= s.numShards; shard++ {
		if _, _, err := s.executions.ListConcreteExecutions(ctx, shard, nil); err != nil {
			return err
		}
		activity.RecordHeartbeat(ctx, shard)
	}
	return nil
}
