package server

import (
	"context"

	"github.com/golang/protobuf/ptypes/empty"
	api "github.com/kubeflow/pipelines/backend/api/v1beta1/go_client"
	"github.com/kubeflow/pipelines/backend/src/apiserver/resource"
	"github.com/kubeflow/pipelines/backend/src/common/util"
)

// ReportServer receives workflow / scheduled-workflow status from the persistence agent.
type ReportServer struct {
	resourceManager *resource.ResourceManager
}

func (s *ReportServer) ReportWorkflowV1(ctx context.Context, request *api.ReportWorkflowRequest) (*empty.Empty, error) {
	execSpec, err := util.NewExecutionSpecJSON(util.ArgoWorkflow, []byte(request.Workflow))
	if err != nil {
		return nil, util.NewInvalidInputError("Could not unmarshal workflow: %v", err)
	}
	_, err = s.resourceManager.ReportWorkflowResource(ctx, execSpec)
	return &empty.Empty{}, err
}

func (s *ReportServer) ReportScheduledWorkflowV1(ctx context.Context, request *api.ReportScheduledWorkflowRequest) (*empty.Empty, error) {
	swf, err := util.NewScheduledWorkflowFromJSON(request.ScheduledWorkflow)
	if err != nil {
		return nil, err
	}
	return &empty.Empty{}, s.resourceManager.ReportScheduledWorkflowResource(swf)
}

func NewReportServer(resourceManager *resource.ResourceManager) *ReportServer {
	return &ReportServer{resourceManager: resourceManager}
}
