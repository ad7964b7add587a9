package frontend

import (
	"context"
	"errors"

	"github.com/google/uuid"

	workflowservice "go.timeweave.io/api/workflowservice/v1"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/client/history"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/persistence"
	"go.timeweave.io/server/common/persistence/visibility"
)

// WorkflowHandler implements the public WorkflowService. Mutations go to history,
// polls go to matching, List/Count go to the visibility store directly, and
// namespace CRUD goes to the metadata table.
type WorkflowHandler struct {
	workflowservice.UnimplementedWorkflowServiceServer
	history    historyservice.HistoryServiceClient
	matching   matchingservice.MatchingServiceClient
	visibility visibility.VisibilityManager
	metadata   persistence.MetadataManager
	numShards  int32
}

func NewWorkflowHandler(h historyservice.HistoryServiceClient, m matchingservice.MatchingServiceClient,
	vis visibility.VisibilityManager, md persistence.MetadataManager, cfg *config.Config) *WorkflowHandler {
	return &WorkflowHandler{history: h, matching: m, visibility: vis, metadata: md, numShards: cfg.Persistence.NumHistoryShards}
}

func (wh *WorkflowHandler) RegisterNamespace(ctx context.Context, req *workflowservice.RegisterNamespaceRequest) (*workflowservice.RegisterNamespaceResponse, error) {
	if req.Namespace == "" {
		return nil, errors.New("namespace is required")
	}
	if err := wh.metadata.CreateNamespace(ctx, req.Namespace, []byte(req.Description)); err != nil {
		return nil, err
	}
	return &workflowservice.RegisterNamespaceResponse{}, nil
}

func (wh *WorkflowHandler) StartWorkflowExecution(ctx context.Context, req *workflowservice.StartWorkflowExecutionRequest) (*workflowservice.StartWorkflowExecutionResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	resp, err := wh.history.StartWorkflowExecution(ctx, &historyservice.StartWorkflowExecutionRequest{
		NamespaceId:  nsID,
		StartRequest: req,
		RunId:        uuid.NewString(),
	})
	if err != nil {
		return nil, err
	}
	return &workflowservice.StartWorkflowExecutionResponse{RunId: resp.RunId}, nil
}

func (wh *WorkflowHandler) PollWorkflowTaskQueue(ctx context.Context, req *workflowservice.PollWorkflowTaskQueueRequest) (*workflowservice.PollWorkflowTaskQueueResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	resp, err := wh.matching.PollWorkflowTaskQueue(ctx, &matchingservice.PollWorkflowTaskQueueRequest{NamespaceId: nsID, PollRequest: req})
	if err != nil {
		return nil, err
	}
	return resp.ToPublic(), nil
}

func (wh *WorkflowHandler) PollActivityTaskQueue(ctx context.Context, req *workflowservice.PollActivityTaskQueueRequest) (*workflowservice.PollActivityTaskQueueResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	resp, err := wh.matching.PollActivityTaskQueue(ctx, &matchingservice.PollActivityTaskQueueRequest{NamespaceId: nsID, PollRequest: req})
	if err != nil {
		return nil, err
	}
	return resp.ToPublic(), nil
}

func (wh *WorkflowHandler) RespondWorkflowTaskCompleted(ctx context.Context, req *workflowservice.RespondWorkflowTaskCompletedRequest) (*workflowservice.RespondWorkflowTaskCompletedResponse, error) {
	token, err := DeserializeTaskToken(req.TaskToken)
	if err != nil {
		return nil, err
	}
	_, err = wh.history.RespondWorkflowTaskCompleted(ctx, &historyservice.RespondWorkflowTaskCompletedRequest{
		NamespaceId: token.NamespaceID, WorkflowId: token.WorkflowID, CompleteRequest: req,
	})
	return &workflowservice.RespondWorkflowTaskCompletedResponse{}, err
}

func (wh *WorkflowHandler) SignalWorkflowExecution(ctx context.Context, req *workflowservice.SignalWorkflowExecutionRequest) (*workflowservice.SignalWorkflowExecutionResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	_, err = wh.history.SignalWorkflowExecution(ctx, &historyservice.SignalWorkflowExecutionRequest{
		NamespaceId: nsID, WorkflowId: req.WorkflowExecution.WorkflowId, SignalRequest: req,
	})
	return &workflowservice.SignalWorkflowExecutionResponse{}, err
}

func (wh *WorkflowHandler) ListWorkflowExecutions(ctx context.Context, req *workflowservice.ListWorkflowExecutionsRequest) (*workflowservice.ListWorkflowExecutionsResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	rows, next, err := wh.visibility.ListWorkflowExecutions(ctx, nsID, req.Query, int(req.PageSize), req.NextPageToken)
	if err != nil {
		return nil, err
	}
	return &workflowservice.ListWorkflowExecutionsResponse{Executions: toExecutionInfos(rows), NextPageToken: next}, nil
}

func (wh *WorkflowHandler) CountWorkflowExecutions(ctx context.Context, req *workflowservice.CountWorkflowExecutionsRequest) (*workflowservice.CountWorkflowExecutionsResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	n, err := wh.visibility.CountWorkflowExecutions(ctx, nsID, req.Query)
	return &workflowservice.CountWorkflowExecutionsResponse{Count: n}, err
}

func (wh *WorkflowHandler) DescribeTaskQueue(ctx context.Context, req *workflowservice.DescribeTaskQueueRequest) (*workflowservice.DescribeTaskQueueResponse, error) {
	nsID, err := wh.namespaceID(ctx, req.Namespace)
	if err != nil {
		return nil, err
	}
	resp, err := wh.matching.DescribeTaskQueue(ctx, &matchingservice.DescribeTaskQueueRequest{NamespaceId: nsID, DescRequest: req})
	if err != nil {
		return nil, err
	}
	return resp.DescResponse, nil
}

func (wh *WorkflowHandler) namespaceID(ctx context.Context, name string) (string, error) {
	b, err := wh.metadata.GetNamespace(ctx, name)
	if err != nil {
		return "", err
	}
	return string(b[:36]), nil
}

var _ = history.WorkflowIDToHistoryShard
