package workflow

import (
	"context"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/kilnworks/flowforge/v3/persist/sqldb"
	workflowpkg "github.com/kilnworks/flowforge/v3/pkg/apiclient/workflow"
	wfv1 "github.com/kilnworks/flowforge/v3/pkg/apis/workflow/v1alpha1"
	"github.com/kilnworks/flowforge/v3/server/auth"
)

type workflowServer struct {
	namespace string
	archive   sqldb.WorkflowArchive
}

func NewWorkflowServer(namespace string, archive sqldb.WorkflowArchive) workflowpkg.WorkflowServiceServer {
	return &workflowServer{namespace: namespace, archive: archive}
}

func (s *workflowServer) CreateWorkflow(ctx context.Context, req *workflowpkg.WorkflowCreateRequest) (*wfv1.Workflow, error) {
	wfClient := auth.GetWfClient(ctx)
	return wfClient.FlowforgeV1alpha1().Workflows(req.Namespace).Create(ctx, req.Workflow, metav1.CreateOptions{})
}

func (s *workflowServer) ListWorkflows(ctx context.Context, req *workflowpkg.WorkflowListRequest) (*wfv1.WorkflowList, error) {
	wfClient := auth.GetWfClient(ctx)
	return wfClient.FlowforgeV1alpha1().Workflows(req.Namespace).List(ctx, *req.ListOptions)
}

func (s *workflowServer) GetWorkflow(ctx context.Context, req *workflowpkg.WorkflowGetRequest) (*wfv1.Workflow, error) {
	wfClient := auth.GetWfClient(ctx)
	return wfClient.FlowforgeV1alpha1().Workflows(req.Namespace).Get(ctx, req.Name, metav1.GetOptions{})
}

func (s *workflowServer) DeleteWorkflow(ctx context.Context, req *workflowpkg.WorkflowDeleteRequest) (*workflowpkg.WorkflowDeleteResponse, error) {
	wfClient := auth.GetWfClient(ctx)
	err := wfClient.FlowforgeV1alpha1().Workflows(req.Namespace).Delete(ctx, req.Name, metav1.DeleteOptions{})
	return &workflowpkg.WorkflowDeleteResponse{}, err
}
