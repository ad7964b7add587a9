package matching

import (
	"context"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/common/persistence"
)

type TaskQueueManager struct {
	tasks persistence.TaskManager
}

func NewTaskQueueManager(tm persistence.TaskManager) *TaskQueueManager { return &TaskQueueManager{tasks: tm} }

func (m *TaskQueueManager) spool(ctx context.Context, queue string, task []byte) error {
	return m.tasks.CreateTasks(ctx, queue, [][]byte{task})
}

func (m *TaskQueueManager) next(ctx context.Context, queue string) ([]byte, error) {
	ts, err := m.tasks.GetTasks(ctx, queue, 0, 1)
	if err != nil || len(ts) == 0 {
		return nil, err
	}
	_, err = m.tasks.CompleteTasksLessThan(ctx, queue, 1)
	return ts[0], err
}

// Handler is the MatchingService gRPC server. History adds tasks; frontend polls.
type Handler struct {
	matchingservice.UnimplementedMatchingServiceServer
	history historyservice.HistoryServiceClient
	tqm     *TaskQueueManager
}

func NewHandler(h historyservice.HistoryServiceClient, tqm *TaskQueueManager) *Handler {
	return &Handler{history: h, tqm: tqm}
}

func (h *Handler) AddWorkflowTask(ctx context.Context, req *matchingservice.AddWorkflowTaskRequest) (*matchingservice.AddWorkflowTaskResponse, error) {
	return &matchingservice.AddWorkflowTaskResponse{}, h.tqm.spool(ctx, req.TaskQueue.Name, req.Marshal())
}

func (h *Handler) AddActivityTask(ctx context.Context, req *matchingservice.AddActivityTaskRequest) (*matchingservice.AddActivityTaskResponse, error) {
	return &matchingservice.AddActivityTaskResponse{}, h.tqm.spool(ctx, req.TaskQueue.Name, req.Marshal())
}

func (h *Handler) PollWorkflowTaskQueue(ctx context.Context, req *matchingservice.PollWorkflowTaskQueueRequest) (*matchingservice.PollWorkflowTaskQueueResponse, error) {
	raw, err := h.tqm.next(ctx, req.PollRequest.TaskQueue.Name)
	if err != nil || raw == nil {
		return &matchingservice.PollWorkflowTaskQueueResponse{}, err
	}
	task := matchingservice.DecodeWorkflowTask(raw)
	started, err := h.history.RecordWorkflowTaskStarted(ctx, &historyservice.RecordWorkflowTaskStartedRequest{
		NamespaceId:       req.NamespaceId,
		WorkflowExecution: task.Execution,
		ScheduledEventId:  task.ScheduledEventId,
		PollRequest:       req.PollRequest,
	})
	if err != nil {
		return nil, err
	}
	return matchingservice.NewPollWorkflowTaskQueueResponse(task, started), nil
}

func (h *Handler) PollActivityTaskQueue(ctx context.Context, req *matchingservice.PollActivityTaskQueueRequest) (*matchingservice.PollActivityTaskQueueResponse, error) {
	raw, err := h.tqm.next(ctx, req.PollRequest.TaskQueue.Name)
	if err != nil || raw == nil {
		return &matchingservice.PollActivityTaskQueueResponse{}, err
	}
	task := matchingservice.DecodeActivityTask(raw)
	started, err := h.history.RecordActivityTaskStarted(ctx, &historyservice.RecordActivityTaskStartedRequest{
		NamespaceId:       req.NamespaceId,
		WorkflowExecution: task.Execution,
		ScheduledEventId:  task.ScheduledEventId,
		PollRequest:       req.PollRequest,
	})
	if err != nil {
		return nil, err
	}
	return matchingservice.NewPollActivityTaskQueueResponse(task, started), nil
}
