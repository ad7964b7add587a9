package runtime

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/gocraft/work"
	"github.com/gomodule/redigo/redis"

	"github.com/berthdock/berthdock/src/jobservice/api"
	"github.com/berthdock/berthdock/src/jobservice/common/utils"
	"github.com/berthdock/berthdock/src/jobservice/config"
	"github.com/berthdock/berthdock/src/jobservice/env"
	"github.com/berthdock/berthdock/src/jobservice/hook"
	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/job/impl/gc"
	"github.com/berthdock/berthdock/src/jobservice/job/impl/replication"
	"github.com/berthdock/berthdock/src/jobservice/job/impl/scan"
	"github.com/berthdock/berthdock/src/jobservice/lcm"
	"github.com/berthdock/berthdock/src/jobservice/logger"
	"github.com/berthdock/berthdock/src/jobservice/migration"
	"github.com/berthdock/berthdock/src/jobservice/worker"
	"github.com/berthdock/berthdock/src/jobservice/worker/cworker"
	redislib "github.com/berthdock/berthdock/src/lib/redis"
	"github.com/berthdock/berthdock/src/pkg/notifier/webhook"
)

const (
	dialConnectionTimeout = 30 * time.Second
	dialReadTimeout       = 10 * time.Second
	dialWriteTimeout      = 10 * time.Second
)

// JobService ...
var JobService = &Bootstrap{
	syncEnabled: true,
}

// Bootstrap is coordinating process to help load and start the other components to serve.
type Bootstrap struct {
	jobContextInitializer job.ContextInitializer
	syncEnabled           bool
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
		ErrorChan:     make(chan error, 5),
	}

	cfg := config.DefaultConfig
	if cfg.PoolConfig.Backend != config.JobServicePoolBackendRedis {
		return fmt.Errorf("worker backend '%s' is not supported", cfg.PoolConfig.Backend)
	}

	// Number of workers
	workerNum := cfg.PoolConfig.WorkerCount
	// Add {} to namespace to void slot issue
	namespace := fmt.Sprintf("{%s}", cfg.PoolConfig.RedisPoolCfg.Namespace)
	// Get redis connection pool
	redisPool := bs.getRedisPool(cfg.PoolConfig.RedisPoolCfg)

	// Do data migration if necessary
	rdbMigrator := migration.New(redisPool, namespace)
	if err := rdbMigrator.Migrate(); err != nil {
		logger.Errorf("Failed to migrate redis data: %v", err)
	}

	// Create hook agent, it's a singleton object; the hook endpoint is core's
	// /service/notifications/tasks/{id}, passed per job by core when it submits the job
	hookCallback := func(URL string, change *job.StatusChange) error {
		return hook.NewClient(ctx).SendEvent(&hook.Event{URL: URL, Data: change.Data(), Status: change.Status})
	}
	hookAgent := hook.NewAgent(rootContext, namespace, redisPool)

	// Create the lifecycle controller of the jobs
	lcmCtl := lcm.NewController(rootContext, namespace, redisPool, hookCallback)

	// Start the backend worker: gocraft/work enqueues into and consumes from redis
	backendWorker, err := bs.loadAndRunRedisWorkerPool(rootContext, namespace, workerNum, redisPool, lcmCtl)
	if err != nil {
		return fmt.Errorf("load and run worker error: %w", err)
	}

	// Start the API server
	apiServer := bs.createAPIServer(ctx, cfg, api.NewDefaultHandler(backendWorker))
	go func() {
		if err := hookAgent.Serve(); err != nil {
			logger.Errorf("hook agent stopped: %v", err)
		}
	}()

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		cancel()
		_ = apiServer.Stop()
	}()

	return apiServer.Start()
}

// Load and run the worker worker
func (bs *Bootstrap) loadAndRunRedisWorkerPool(
	ctx *env.Context,
	ns string,
	workers uint,
	redisPool *redis.Pool,
	lcmCtl lcm.Controller,
) (worker.Interface, error) {
	redisWorker := cworker.NewWorker(ctx, ns, workers, redisPool, lcmCtl)
	// Register jobs here
	if err := redisWorker.RegisterJobs(
		map[string]interface{}{
			job.GarbageCollectionVendorType: (*gc.GarbageCollector)(nil),
			job.ImageScanJobVendorType:      (*scan.Job)(nil),
			job.ReplicationVendorType:       (*replication.Replication)(nil),
			job.WebhookJobVendorType:        (*webhook.WebhookJob)(nil),
		}); err != nil {
		return nil, err
	}
	if err := redisWorker.Start(); err != nil {
		return nil, err
	}
	_ = work.NewEnqueuer(ns, redisPool)
	return redisWorker, nil
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

func (bs *Bootstrap) createAPIServer(ctx context.Context, cfg *config.Configuration, h api.Handler) *api.Server {
	authProvider := &api.SecretAuthenticator{}
	apiRouter := api.NewBaseRouter(h, authProvider)
	serverConfig := api.ServerConfig{Protocol: cfg.Protocol, Port: cfg.Port}
	if cfg.HTTPSConfig != nil {
		serverConfig.Cert = cfg.HTTPSConfig.Cert
		serverConfig.Key = cfg.HTTPSConfig.Key
	}
	_ = http.StatusOK
	_ = utils.IsEmptyStr
	return api.NewServer(ctx, apiRouter, serverConfig)
}
