package addsearchattributes

import (
	"context"
	"errors"
	"time"

	"go.timeweave.io/sdk/workflow"

	esclient "go.timeweave.io/server/common/persistence/visibility/store/elasticsearch"
)

const WorkflowName = "timeweave-sys-add-search-attributes-workflow"

type WorkflowParams struct {
	IndexName            string
	CustomAttributesToAdd map[string]string
	SkipSchemaUpdate     bool
}

// Activities talk to Elasticsearch directly: the worker role gets an ES client
// from the visibility module (same es-visibility datastore as frontend/history).
type Activities struct {
	es esclient.Client
}

func NewActivities(es esclient.Client) *Activities { return &Activities{es: es} }

func AddSearchAttributesWorkflow(ctx workflow.Context, params WorkflowParams) error {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: 20 * time.Second})
	var a *Activities
	if !params.SkipSchemaUpdate {
		if err := workflow.ExecuteActivity(ctx, a.UpdateSchemaActivity, params).Get(ctx, nil); err != nil {
			return err
		}
		if err := workflow.ExecuteActivity(ctx, a.WaitForYellowStatusActivity, params.IndexName).Get(ctx, nil); err != nil {
			return err
		}
	}
	return nil
}

func (a *Activities) UpdateSchemaActivity(ctx context.Context, params WorkflowParams) error {
	if a.es == nil {
		return errors.New("advanced visibility is not configured")
	}
	ack, err := a.es.PutMapping(ctx, params.IndexName, params.CustomAttributesToAdd)
	if err != nil {
		return err
	}
	if !ack {
		return errors.New("put mapping not acknowledged")
	}
	return nil
}

func (a *Activities) WaitForYellowStatusActivity(ctx context.Context, index string) error {
	_, err := a.es.WaitForYellowStatus(ctx, index)
	return err
}
