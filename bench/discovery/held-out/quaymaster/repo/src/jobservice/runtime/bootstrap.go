// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package runtime

import (
	"fmt"
	"sync"
	"context"
	"time"

	"github.com/gomodule/redigo/redis"

	"github.com/quaymaster/quaymaster/src/jobservice/api"
	"github.com/quaymaster/quaymaster/src/jobservice/common/utils"
	"github.com/quaymaster/quaymaster/src/jobservice/config"
	"github.com/quaymaster/quaymaster/src/jobservice/core"
	"github.com/quaymaster/quaymaster/src/jobservice/migration"
	"github.com/quaymaster/quaymaster/src/jobservice/env"
	"github.com/quaymaster/quaymaster/src/jobservice/hook"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/job/impl/gc"
	"github.com/quaymaster/quaymaster/src/jobservice/job/impl/notification"
	"github.com/quaymaster/quaymaster/src/jobservice/job/impl/replication"
	"github.com/quaymaster/quaymaster/src/jobservice/lcm"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/jobservice/worker/cworker"
	"github.com/quaymaster/quaymaster/src/lib/errors"
	redislib "github.com/quaymaster/quaymaster/src/lib/redis"
	"github.com/quaymaster/quaymaster/src/pkg/scan"
)

const (
	dialConnectionTimeout = 30 * time.Second
	dialReadTimeout       = 10 * time.Second
	dialWriteTimeout      = 10 * time.Second
)

// JobService ...
var JobService = &Bootstrap{}

// Bootstrap is coordinating process to help load and start the other components to serve.
type Bootstrap struct {
	jobContextInitializer job.ContextInitializer
}

// SetJobContextInitializer set the job context initializer
func (bs *Bootstrap) SetJobContextInitializer(initializer job.ContextInitializer) {
	if initializer != nil {
		bs.jobContextInitializer = initializer
	}
}

// LoadAndRun will load configurations, initialize components and then start the related process to serve requests.
// Return error if meet any problems.
func (bs *Bootstrap) LoadAndRun(ctx context.Context, cancel context.CancelFunc) (err error) {
	rootContext := &env.Context{
		SystemContext: ctx,
		WG:            &sync.WaitGroup{},
		ErrorChan:     make(chan error, 5), // with 5 buffers
	}

	// Build specified job context
	if bs.jobContextInitializer != nil {
		rootContext.JobContext, err = bs.jobContextInitializer(ctx)
		if err != nil {
			return errors.Errorf("initialize job context error: %s", err)
		}
	}

	cfg := config.DefaultConfig
	if cfg.PoolConfig.Backend != config.JobServicePoolBackendRedis {
		return errors.Errorf("worker backend '%s' is not supported", cfg.PoolConfig.Backend)
	}

	namespace := cfg.PoolConfig.RedisPoolCfg.Namespace
	// Get redis connection pool (job queue + job stats, db index 2 by default)
	redisPool := bs.getRedisPool(cfg.PoolConfig.RedisPoolCfg)

	// Do data migration if necessary
	rdbMigrator := migration.New(redisPool, namespace)
	rdbMigrator.Register(migration.PolicyMigratorFactory)
	if err := rdbMigrator.Migrate(); err != nil {
		// Just logged, should not block the starting process
		logger.Error(err)
	}

	// Create hook agent, it's a singleton object
	// the retryConcurrency keep same with worker num
	hookAgent := hook.NewAgent(rootContext, namespace, redisPool, int(cfg.PoolConfig.WorkerCount))
	hookCallback := func(URL string, change *job.StatusChange) error {
		msg := fmt.Sprintf("status change: job=%s, status=%s", change.JobID, change.Status)
		if !utils.IsEmptyStr(change.CheckIn) {
			msg = fmt.Sprintf("%s, check_in=%s", msg, change.CheckIn)
		}

		evt := &hook.Event{
			URL:       URL,
			Timestamp: change.Metadata.UpdateTime, // use update timestamp to avoid duplicated resending.
			Data:      change,
			Message:   msg,
		}

		// Hook event sending should not influence the main job flow (because job may call checkin() in the job run).
		if err := hookAgent.Trigger(evt); err != nil {
			logger.Error(err)
		}

		return nil
	}

	// Create job life cycle management controller; job stats are persisted as redis hashes
	lcmCtl := lcm.NewController(rootContext, namespace, redisPool, hookCallback)

	// Start the backend worker
	backendWorker := cworker.NewWorker(rootContext, namespace, cfg.PoolConfig.WorkerCount, redisPool, lcmCtl)
	if err := backendWorker.RegisterJobs(
		map[string]interface{}{
			job.GarbageCollectionVendorType: (*gc.GarbageCollector)(nil),
			job.ReplicationVendorType:       (*replication.Replication)(nil),
			job.ImageScanJobVendorType:      (*scan.Job)(nil),
			job.WebhookJobVendorType:        (*notification.WebhookJob)(nil),
			job.SlackJobVendorType:          (*notification.SlackJob)(nil),
		}); err != nil {
		return err
	}
	if err := backendWorker.Start(); err != nil {
		return err
	}

	// Initialize controller and start the API server that core submits jobs to
	ctl := core.NewController(backendWorker, lcmCtl)
	apiServer := bs.createAPIServer(ctx, cfg, ctl)
	return apiServer.Start()
}

// Load and run the API server.
func (bs *Bootstrap) createAPIServer(ctx context.Context, cfg *config.Configuration, ctl core.Interface) *api.Server {
	// Initialized API server
	authProvider := &api.SecretAuthenticator{}
	handler := api.NewDefaultHandler(ctl)
	router := api.NewBaseRouter(handler, authProvider)
	serverConfig := api.ServerConfig{
		Protocol: cfg.Protocol,
		Port:     cfg.Port,
	}
	return api.NewServer(ctx, router, serverConfig)
}

// Get a redis connection pool
func (bs *Bootstrap) getRedisPool(redisPoolConfig *config.RedisPoolConfig) *redis.Pool {
	if pool, err := redislib.GetRedisPool("JobService", redisPoolConfig.RedisURL, &redislib.PoolParam{
		PoolMaxIdle:           6,
		PoolIdleTimeout:       time.Duration(redisPoolConfig.IdleTimeoutSecond) * time.Second,
		DialConnectionTimeout: dialConnectionTimeout,
		DialReadTimeout:       dialReadTimeout,
		DialWriteTimeout:      dialWriteTimeout,
	}); err != nil {
		panic(err)
	} else {
		return pool
	}
}

