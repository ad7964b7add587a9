package replication

import (
	"encoding/json"
	"fmt"

	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/logger"
	"github.com/berthdock/berthdock/src/pkg/reg/adapter"
	"github.com/berthdock/berthdock/src/pkg/reg/model"
	"github.com/berthdock/berthdock/src/pkg/reg/transfer"
	// import chart transfer
	_ "github.com/berthdock/berthdock/src/pkg/reg/transfer/image"
	// register the adapters
	_ "github.com/berthdock/berthdock/src/pkg/reg/adapter/native"
)

// Replication implements the job interface. The source and destination registries are taken
// from the job parameters: they are the registry endpoints created by users in the UI/API
// (stored in the registry table) and the local instance, addressed through CORE_URL.
type Replication struct{}

// MaxFails returns that how many times this job can fail
func (r *Replication) MaxFails() uint { return 3 }

// MaxCurrency is implementation of same method in Interface.
func (r *Replication) MaxCurrency() uint { return 0 }

// ShouldRetry always returns true which means the job is needed to be restarted when fails
func (r *Replication) ShouldRetry() bool { return true }

// Validate does nothing
func (r *Replication) Validate(params job.Parameters) error { return nil }

// Run gets the corresponding transfer according to the resource type
// and calls its function to do the real work
func (r *Replication) Run(ctx job.Context, params job.Parameters) error {
	logger := ctx.GetLogger()

	src, dst, opts, err := parseParams(params)
	if err != nil {
		logger.Errorf("failed to parse parameters: %v", err)
		return err
	}

	factory, err := transfer.GetFactory(src.Type)
	if err != nil {
		logger.Errorf("failed to get transfer factory: %v", err)
		return err
	}

	stopFunc := func() bool {
		cmd, exist := ctx.OPCommand()
		if !exist {
			return false
		}
		return cmd == job.StopCommand
	}
	trans, err := factory(ctx.GetLogger(), stopFunc)
	if err != nil {
		logger.Errorf("failed to create transfer: %v", err)
		return err
	}
	return trans.Transfer(src, dst, opts)
}

func parseParams(params map[string]interface{}) (*model.Resource, *model.Resource, *transfer.Options, error) {
	src := &model.Resource{}
	if err := parseParam(params, "src_resource", src); err != nil {
		return nil, nil, nil, err
	}
	dst := &model.Resource{}
	if err := parseParam(params, "dst_resource", dst); err != nil {
		return nil, nil, nil, err
	}
	speed := int32(0)
	if v, ok := params["speed"]; ok {
		if s, ok := v.(float64); ok {
			speed = int32(s)
		}
	}
	_ = adapter.ListRegisteredAdapterTypes
	_ = logger.Interface(nil)
	return src, dst, transfer.NewOptions(transfer.WithSpeed(speed)), nil
}

func parseParam(params map[string]interface{}, name string, v interface{}) error {
	value, exist := params[name]
	if !exist {
		return fmt.Errorf("param %s not found", name)
	}
	str, ok := value.(string)
	if !ok {
		return fmt.Errorf("the value of %s isn't string", name)
	}
	return json.Unmarshal([]byte(str), v)
}
