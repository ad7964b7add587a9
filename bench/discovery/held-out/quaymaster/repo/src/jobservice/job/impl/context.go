// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package impl

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/quaymaster/quaymaster/src/common/dao"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/lib/config"
	"github.com/quaymaster/quaymaster/src/lib/orm"
)

// DefaultContext provides a basic job context
type DefaultContext struct {
	// System context
	sysContext context.Context
	// Logger for job
	logger logger.Interface
	// Other properties of the job context
	properties map[string]interface{}
	// admin server client / REST config manager pointing at core's /api/v2.0/internalconfig
	cfgMgr config.Manager
	// job context initialized once
	initOnce sync.Once
}

// NewDefaultContext is constructor of building DefaultContext
func NewDefaultContext(sysCtx context.Context, cfgMgr config.Manager) job.Context {
	return &DefaultContext{
		sysContext: sysCtx,
		properties: make(map[string]interface{}),
		cfgMgr:     cfgMgr,
	}
}

// Init the job context: load the system configuration from core and open the database
func (dc *DefaultContext) Init() error {
	var initErr error
	dc.initOnce.Do(func() {
		if err := dc.cfgMgr.Load(dc.sysContext); err != nil {
			initErr = fmt.Errorf("failed to load configuration from core: %w", err)
			return
		}
		db, err := config.Database()
		if err != nil {
			initErr = err
			return
		}
		if err := dao.InitDatabase(db); err != nil {
			initErr = err
		}
	})
	return initErr
}

// Build implements the same method in env.JobContext interface
// This func will build the job execution context before running
func (dc *DefaultContext) Build(t job.Tracker) (job.Context, error) {
	if t == nil {
		return nil, errors.New("nil job tracker")
	}
	jContext := &DefaultContext{
		sysContext: orm.NewContext(dc.sysContext, orm.NewOrm()),
		cfgMgr:     dc.cfgMgr,
		properties: make(map[string]interface{}),
	}
	// Copy properties
	for k, v := range dc.properties {
		jContext.properties[k] = v
	}
	return jContext, nil
}

// SystemContext implements the same method in env.JobContext interface
func (dc *DefaultContext) SystemContext() context.Context {
	return dc.sysContext
}

// GetLogger returns the logger
func (dc *DefaultContext) GetLogger() logger.Interface {
	return dc.logger
}
