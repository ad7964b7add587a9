// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package cworker

import (
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/gocraft/work"
	"github.com/gomodule/redigo/redis"

	"github.com/quaymaster/quaymaster/src/jobservice/common/utils"
	"github.com/quaymaster/quaymaster/src/jobservice/errs"
	"github.com/quaymaster/quaymaster/src/jobservice/period"
	"github.com/quaymaster/quaymaster/src/jobservice/runner"
	redislib "github.com/quaymaster/quaymaster/src/lib/redis"
	"github.com/quaymaster/quaymaster/src/jobservice/env"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/lcm"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/jobservice/worker"
	"github.com/quaymaster/quaymaster/src/lib/errors"
)

var (
	workerPoolDeadTime = 10 * time.Second
)

const (
	workerPoolStatusHealthy = "Healthy"
	workerPoolStatusDead    = "Dead"

	pingRedisMaxTimes = 10
	defaultMaxRetry   = 5
)

// basicWorker is the worker implementation based on gocraft/work powered by redis.
type basicWorker struct {
	namespace string
	redisPool *redis.Pool
	pool      *work.WorkerPool
	enqueuer  *work.Enqueuer
	client    *work.Client
	context   *env.Context
	scheduler period.Scheduler
	ctl       lcm.Controller
	reaper    *reaper

	// key is name of known job
	// value is the type of known job
	knownJobs *sync.Map
}

// NewWorker is constructor of worker
func NewWorker(ctx *env.Context, namespace string, workerCount uint, redisPool *redis.Pool, ctl lcm.Controller) worker.Interface {
	wp := work.NewWorkerPool(workerContext{}, workerCount, namespace, redisPool)
	enqueuer := work.NewEnqueuer(namespace, redisPool)
	client := work.NewClient(namespace, redisPool)

	return &basicWorker{
		namespace: namespace,
		redisPool: redisPool,
		pool:      wp,
		enqueuer:  enqueuer,
		client:    client,
		context:   ctx,
		ctl:       ctl,
		knownJobs: new(sync.Map),
	}
}

// Start to serve
// Unblock action
func (w *basicWorker) Start() error {
	if w.redisPool == nil {
		return errors.New("missing redis pool")
	}

	if w.context == nil || w.context.SystemContext == nil {
		return errors.New("missing context")
	}

	// Make sure redis is connected
	if err := redislib.PingRedis(w.redisPool, pingRedisMaxTimes); err != nil {
		return err
	}

	// Start the periodic scheduler
	w.scheduler.Start()

	// Listen to the system signal
	go func() {
		<-w.context.SystemContext.Done()
		w.pool.Stop()
		logger.Infof("Basic worker is stopped")
	}()

	// Start the backend worker pool
	// Add middleware
	w.pool.Middleware((*workerContext).logJob)
	// Non blocking call
	w.pool.Start()
	logger.Infof("Basic worker is started")

	// Start the reaper
	w.knownJobs.Range(func(k interface{}, v interface{}) bool {
		w.reaper.jobTypes = append(w.reaper.jobTypes, k.(string))
		return true
	})
	w.reaper.start()

	return nil
}

// Enqueue job
func (w *basicWorker) Enqueue(jobName string, params job.Parameters, isUnique bool, webHook string) (*job.Stats, error) {
	var (
		j   *work.Job
		err error
	)

	// As the job is declared to be unique,
	// check the uniqueness of the job,
	// if no duplicated job existing (including the running jobs),
	// set the unique flag.
	if isUnique {
		if j, err = w.enqueuer.EnqueueUnique(jobName, params); err != nil {
			return nil, err
		}
		if j == nil {
			return nil, errs.ConflictError(jobName)
		}
	} else {
		// Enqueue job
		if j, err = w.enqueuer.Enqueue(jobName, params); err != nil {
			return nil, err
		}
	}

	// avoid backend worker bug
	if j == nil {
		return nil, fmt.Errorf("job '%s' can not be enqueued, please check the job metatdata", jobName)
	}

	return generateResult(j, job.KindGeneric, isUnique, params, webHook), nil
}

// RegisterJobs is used to register multiple jobs to worker.
func (w *basicWorker) RegisterJobs(jobs map[string]interface{}) error {
	if len(jobs) == 0 {
		// Do nothing
		return nil
	}

	for name, j := range jobs {
		if err := w.registerJob(name, j); err != nil {
			return err
		}
	}

	return nil
}

func (w *basicWorker) registerJob(name string, j interface{}) (err error) {
	if utils.IsEmptyStr(name) || j == nil {
		return errors.New("job can not be registered with empty name or nil interface")
	}

	// j must be job.Interface
	if _, ok := j.(job.Interface); !ok {
		return errors.New("job must implement the job.Interface")
	}

	// 1:1 constraint
	if jInList, ok := w.knownJobs.Load(name); ok {
		return fmt.Errorf("job name %s has been already registered with %s", name, reflect.TypeOf(jInList).String())
	}

	// Same job implementation can be only registered with one name
	w.knownJobs.Store(name, j)

	jobName := name
	w.pool.JobWithOptions(
		name,
		work.JobOptions{
			MaxFails:       j.(job.Interface).MaxFails(),
			MaxConcurrency: j.(job.Interface).MaxCurrency(),
			Priority:       job.Priority().For(jobName),
			SkipDead:       true,
		},
		// Use generic handler to handle as we do not accept context with this way.
		func(job *work.Job) error {
			return runner.NewRedisJob(j, w.context, w.ctl).Run(job)
		},
	)

	logger.Debugf("Register job %s with name %s", reflect.TypeOf(j).String(), name)

	return nil
}

// workerContext ...
// We did not use this context to pass context info so far, just a placeholder.
type workerContext struct{}

// log the job
func (rpc *workerContext) logJob(job *work.Job, next work.NextMiddlewareFunc) error {
	jobCopy := *job
	logger.Debugf("Job incoming: %s:%s", jobCopy.Name, jobCopy.ID)
	return next()
}

