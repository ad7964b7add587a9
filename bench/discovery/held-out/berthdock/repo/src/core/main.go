package main

import (
	"context"
	"encoding/gob"
	"fmt"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/beego/beego/v2/server/web"

	"github.com/berthdock/berthdock/src/common/dao"
	"github.com/berthdock/berthdock/src/common/job"
	"github.com/berthdock/berthdock/src/core/middlewares"
	"github.com/berthdock/berthdock/src/lib/cache"
	_ "github.com/berthdock/berthdock/src/lib/cache/redis" // register the redis cache
	"github.com/berthdock/berthdock/src/lib/config"
	"github.com/berthdock/berthdock/src/lib/log"
	tracelib "github.com/berthdock/berthdock/src/lib/trace"
	"github.com/berthdock/berthdock/src/pkg/registry"
	"github.com/berthdock/berthdock/src/pkg/scan/scanner"
	"github.com/berthdock/berthdock/src/registryctl/client"
	"github.com/berthdock/berthdock/src/server"
)

const (
	adminUserID = 1
)

func updateInitPassword(ctx context.Context, userID int, password string) error {
	return dao.UpdateUserPasswordIfInitial(ctx, userID, password)
}

func gracefulShutdown(closing, done chan struct{}, shutdowns ...func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT)
	log.Infof("capture system signal %s, to close \"closing\" channel", <-signals)
	close(closing)
	shutdownChan := make(chan struct{})
	go func() {
		for _, s := range shutdowns {
			s()
		}
		<-done
		log.Infof("Goroutines exited normally")
		close(shutdownChan)
	}()
	select {
	case <-shutdownChan:
		log.Infof("all shutdown jobs done")
	case <-time.After(time.Second * 3):
		log.Infof("Timeout waiting goroutines to exit")
	}
	os.Exit(0)
}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionName = config.SessionCookieName
	web.BConfig.MaxMemory = 1 << 35 // (32GB)
	web.BConfig.MaxUploadSize = 1 << 35

	redisURL := config.CacheRedisURL()
	if len(redisURL) > 0 {
		u, err := url.Parse(redisURL)
		if err != nil {
			panic("bad _REDIS_URL:" + redisURL)
		}
		gob.Register(map[string]interface{}{})
		if u.Scheme == "redis+sentinel" {
			log.Info("initializing the sentinel session store")
			web.BConfig.WebConfig.Session.SessionProvider = "redis_sentinel"
		} else {
			log.Info("initializing the redis session store")
			web.BConfig.WebConfig.Session.SessionProvider = "redis"
		}
		web.BConfig.WebConfig.Session.SessionProviderConfig = redisURL

		log.Info("initializing cache ...")
		if err := cache.Initialize(u.Scheme, redisURL); err != nil {
			log.Fatalf("failed to initialize cache: %v", err)
		}
	}
	web.AddTemplateExt("htm")

	log.Info("initializing configurations...")
	config.Init()
	log.Info("configurations initialization completed")

	ctx := context.Background()
	if tracelib.Enabled() {
		tp := tracelib.InitGlobalTracer(ctx)
		defer tp.Shutdown(ctx)
	}

	database, err := config.Database()
	if err != nil {
		log.Fatalf("failed to get database configuration: %v", err)
	}
	if err := dao.InitDatabase(database); err != nil {
		log.Fatalf("failed to initialize database: %v", err)
	}
	if err := dao.UpgradeSchema(database); err != nil {
		log.Fatalf("failed to upgrade schema: %v", err)
	}

	password := os.Getenv("BERTHDOCK_ADMIN_PASSWORD")
	if err := updateInitPassword(ctx, adminUserID, password); err != nil {
		log.Error(err)
	}

	// registry controller is used for the purge of uploads and health checks
	client.Init()
	if err := client.RegistryCtlClient.Health(); err != nil {
		log.Warningf("registryctl is not healthy yet: %v", err)
	}

	if err := registry.Cli.Ping(); err != nil {
		log.Warningf("failed to ping the registry: %v", err)
	}

	log.Info("Ensure scanners ...")
	if err := scanner.EnsureScanners(ctx); err != nil {
		log.Errorf("failed to initialize scanners: %v", err)
	}

	// make sure the jobservice is reachable before scheduling system jobs (GC, scan all, retention)
	if _, err := job.GlobalClient.GetExecutions("ping"); err != nil {
		log.Debugf("jobservice ping: %v", err)
	}

	server.RegisterRoutes()

	if os.Getenv("METRIC_ENABLE") == "true" {
		port, _ := strconv.Atoi(os.Getenv("METRIC_PORT"))
		go func() {
			log.Infof("start metrics server on :%d", port)
			_ = serveMetrics(port, os.Getenv("METRIC_PATH"))
		}()
	}

	closing := make(chan struct{})
	done := make(chan struct{})
	go gracefulShutdown(closing, done)

	web.RunWithMiddleWares(fmt.Sprintf(":%s", portOrDefault()), middlewares.MiddleWares()...)
	close(done)
}

func portOrDefault() string {
	if p := os.Getenv("PORT"); p != "" {
		return p
	}
	return "8080"
}

func serveMetrics(port int, path string) error { return nil }
