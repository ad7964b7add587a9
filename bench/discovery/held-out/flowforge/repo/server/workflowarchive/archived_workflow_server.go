package workflowarchive

import (
	"context"

	workflowpkg "github.com/kilnworks/flowforge/v3/pkg/apiclient/workflow"
	"github.com/kilnworks/flowforge/v3/persist/sqldb"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
)

type archivedWorkflowServer struct {
	wfArchive sqldb.WorkflowArchive
}

func NewWorkflowArchiveServer(wfArchive sqldb.WorkflowArchive) workflowpkg.ArchivedWorkflowServiceServer {
	return &archivedWorkflowServer{wfArchive: wfArchive}
}

func (w *archivedWorkflowServer) ListArchivedWorkflows(ctx context.Context, req *workflowpkg.ListArchivedWorkflowsRequest) (*wfv1.WorkflowList, error) {
	items, err := w.wfArchive.ListWorkflows(req.Namespace, int(req.Limit), int(req.Offset))
	if err != nil {
		return nil, err
	}
	return &wfv1.WorkflowList{Items: items}, nil
}

func (w *archivedWorkflowServer) GetArchivedWorkflow(ctx context.Context, req *workflowpkg.GetArchivedWorkflowRequest) (*wfv1.Workflow, error) {
	return w.wfArchive.GetWorkflow(req.Uid)
}

func (w *archivedWorkflowServer) DeleteArchivedWorkflow(ctx context.Context, req *workflowpkg.DeleteArchivedWorkflowRequest) (*workflowpkg.ArchivedWorkflowDeletedResponse, error) {
	return &workflowpkg.ArchivedWorkflowDeletedResponse{}, w.wfArchive.DeleteWorkflow(req.Uid)
}
