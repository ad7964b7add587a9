package history

import (
	"context"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/common/persistence"
)

// Handler is the HistoryService gRPC server. Frontend and matching call it.
type Handler struct {
	historyservice.UnimplementedHistoryServiceServer
	executions persistence.ExecutionManager
	shards     *ShardController
}

func NewHandler(e persistence.ExecutionManager, sc *ShardController) *Handler {
	return &Handler{executions: e, shards: sc}
}

func (h *Handler) StartWorkflowExecution(ctx context.Context, req *historyservice.StartWorkflowExecutionRequest) (*historyservice.StartWorkflowExecutionResponse, error) {
	st := &persistence.WorkflowMutableState{NamespaceID: req.NamespaceId, WorkflowID: req.StartRequest.WorkflowId, RunID: req.RunId}
	if err := h.executions.CreateWorkflowExecution(ctx, &persistence.CreateWorkflowExecutionRequest{State: st}); err != nil {
		return nil, err
	}
	return &historyservice.StartWorkflowExecutionResponse{RunId: req.RunId}, nil
}

func (h *Handler) RecordWorkflowTaskStarted(ctx context.Context, req *historyservice.RecordWorkflowTaskStartedRequest) (*historyservice.RecordWorkflowTaskStartedResponse, error) {
	ms, err := h.executions.GetWorkflowExecution(ctx, req.NamespaceId, req.WorkflowExecution.WorkflowId, req.WorkflowExecution.RunId)
	if err != nil {
		return nil, err
	}
	if err := h.executions.UpdateWorkflowExecution(ctx, &persistence.UpdateWorkflowExecutionRequest{State: ms}); err != nil {
		return nil, err
	}
	return &historyservice.RecordWorkflowTaskStartedResponse{}, nil
}

func (h *Handler) RecordActivityTaskStarted(ctx context.Context, req *historyservice.RecordActivityTaskStartedRequest) (*historyservice.RecordActivityTaskStartedResponse, error) {
	ms, err := h.executions.GetWorkflowExecution(ctx, req.NamespaceId, req.WorkflowExecution.WorkflowId, req.WorkflowExecution.RunId)
	if err != nil {
		return nil, err
	}
	return &historyservice.RecordActivityTaskStartedResponse{}, h.executions.UpdateWorkflowExecution(ctx, &persistence.UpdateWorkflowExecutionRequest{State: ms})
}

func (h *Handler) RespondWorkflowTaskCompleted(ctx context.Context, req *historyservice.RespondWorkflowTaskCompletedRequest) (*historyservice.RespondWorkflowTaskCompletedResponse, error) {
	return &historyservice.RespondWorkflowTaskCompletedResponse{}, nil
}

func (h *Handler) SignalWorkflowExecution(ctx context.Context, req *historyservice.SignalWorkflowExecutionRequest) (*historyservice.SignalWorkflowExecutionResponse, error) {
	return &historyservice.SignalWorkflowExecutionResponse{}, nil
}
