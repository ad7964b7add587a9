// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package replication

import (
	"encoding/json"
	"fmt"

	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/pkg/reg/model"
	"github.com/quaymaster/quaymaster/src/controller/replication/transfer"

	// import chart transfer
	_ "github.com/quaymaster/quaymaster/src/controller/replication/transfer/image"
)

// Replication implements the job interface
type Replication struct{}

// MaxFails returns that how many times this job can fail
func (r *Replication) MaxFails() uint {
	return 3
}

// MaxCurrency is implementation of same method in Interface.
func (r *Replication) MaxCurrency() uint {
	return 0
}

// ShouldRetry always returns true which means the job is needed to be restarted when fails
func (r *Replication) ShouldRetry() bool {
	return true
}

// Validate does nothing
func (r *Replication) Validate(params job.Parameters) error {
	return nil
}

// Run gets the corresponding transfer according to the resource type
// and calls its function to do the real work. The source and destination
// registries are resolved to adapters (docker-hub, quaymaster, native, ...);
// a local source/destination is reached via REGISTRY_URL / core.
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
	transfer, err := factory(ctx.GetLogger(), stopFunc)
	if err != nil {
		logger.Errorf("failed to create transfer: %v", err)
		return err
	}

	return transfer.Transfer(src, dst, opts)
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
	opts := &transfer.Options{}
	if speed, ok := params["speed"]; ok {
		if s, ok := speed.(int32); ok {
			opts.Speed = s
		}
	}
	return src, dst, opts, nil
}

func parseParam(params map[string]interface{}, name string, v interface{}) error {
	value, exist := params[name]
	if !exist {
		return fmt.Errorf("param %s not found", name)
	}

	str, ok := value.(string)
	if !ok {
		return fmt.Errorf("the value of parameter %s isn't string", name)
	}

	return json.Unmarshal([]byte(str), v)
}

