// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package main

import (
	"context"
	"encoding/gob"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/beego/beego/v2/server/web"
	"github.com/quaymaster/quaymaster/src/core/session"

	"github.com/quaymaster/quaymaster/src/common/dao"
	"github.com/quaymaster/quaymaster/src/common/job"
	"github.com/quaymaster/quaymaster/src/common/models"
	registryctl "github.com/quaymaster/quaymaster/src/registryctl/client"
	_ "github.com/quaymaster/quaymaster/src/core/auth/db"
	_ "github.com/quaymaster/quaymaster/src/core/auth/ldap"
	_ "github.com/quaymaster/quaymaster/src/core/auth/oidc"
	"github.com/quaymaster/quaymaster/src/core/middlewares"
	"github.com/quaymaster/quaymaster/src/lib/cache"
	_ "github.com/quaymaster/quaymaster/src/lib/cache/memory" // memory cache
	_ "github.com/quaymaster/quaymaster/src/lib/cache/redis"  // redis cache
	"github.com/quaymaster/quaymaster/src/lib/config"
	"github.com/quaymaster/quaymaster/src/lib/log"
	"github.com/quaymaster/quaymaster/src/lib/metric"
	"github.com/quaymaster/quaymaster/src/lib/orm"
	tracelib "github.com/quaymaster/quaymaster/src/lib/trace"
	_ "github.com/quaymaster/quaymaster/src/pkg/reg/adapter/dockerhub"
	_ "github.com/quaymaster/quaymaster/src/pkg/reg/adapter/native"
	"github.com/quaymaster/quaymaster/src/pkg/scan/dao/scanner"
	"github.com/quaymaster/quaymaster/src/server"
	"github.com/quaymaster/quaymaster/src/server/v2.0/handler/api"
	"github.com/quaymaster/quaymaster/src/migration"
	"github.com/quaymaster/quaymaster/src/pkg/oidc"
	"github.com/quaymaster/quaymaster/src/pkg/version"
	"github.com/quaymaster/quaymaster/src/controller/scan"
	dbCfg "github.com/quaymaster/quaymaster/src/lib/config/db"
)

const (
	adminUserID = 1
)

func updateInitPassword(ctx context.Context, userID int, password string) error {
	return userCtl.SetPassword(ctx, userID, password)
}

func gracefulShutdown(closing, done chan struct{}, shutdowns ...func()) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT)
	log.Infof("capture system signal %s, to close \"closing\" channel", <-signals)
	close(closing)
	shutdownChan := make(chan struct{})
	go func() {
		defer close(shutdownChan)
		for _, s := range shutdowns {
			s()
		}
	}()
	select {
	case <-done:
		log.Infof("Goroutines exited normally")
	case <-time.After(time.Second * 3):
		log.Infof("Timeout waiting goroutines to exit")
	case <-shutdownChan:
		log.Infof("Shutdown quaymaster core gracefully")
	}
	os.Exit(0)
}

func main() {
	web.BConfig.WebConfig.Session.SessionOn = true
	web.BConfig.WebConfig.Session.SessionName = config.SessionCookieName
	web.BConfig.MaxMemory = 1 << 35 // (32GB)
	web.BConfig.MaxUploadSize = 1 << 35 // (32GB)
	// the core db used for beego session
	redisCoreURL := os.Getenv("_REDIS_URL_CORE")
	if len(redisCoreURL) > 0 {
		u, err := url.Parse(redisCoreURL)
		if err != nil {
			panic("bad _REDIS_URL:" + redisCoreURL)
		}
		gob.Register(models.User{})
		web.BConfig.WebConfig.Session.SessionProvider = session.QuaymasterProviderName
		web.BConfig.WebConfig.Session.SessionProviderConfig = redisCoreURL
		log.Info("initializing cache ...")
		if err := cache.Initialize(u.Scheme, redisCoreURL); err != nil {
			log.Fatalf("failed to initialize cache: %v", err)
		}
		// when config/db init function is called, the cache is not ready,
		// enable config cache explicitly when the cache is ready
		dbCfg.EnableConfigCache()
	}
	web.AddTemplateExt("htm")

	log.Info("initializing configurations...")
	config.Init()
	log.Info("configurations initialization completed")

	// default set the trace provider
	tp := tracelib.InitGlobalTracer(context.Background())
	defer tp.Shutdown()

	metricCfg := config.Metric()
	if metricCfg.Enabled {
		metric.RegisterCollectors()
		go metric.ServeProm(metricCfg.Path, metricCfg.Port)
	}
	ctx := context.Background()
	config.InitTraceConfig(ctx)

	database, err := config.Database()
	if err != nil {
		log.Fatalf("failed to get database configuration: %v", err)
	}
	if err := dao.InitDatabase(database); err != nil {
		log.Fatalf("failed to initialize database: %v", err)
	}
	if err = migration.Migrate(database); err != nil {
		log.Fatalf("failed to migrate the database, error: %v", err)
	}

	ctx = orm.Clone(ctx)
	if err := config.Load(ctx); err != nil {
		log.Fatalf("failed to load config: %v", err)
	}
	if err := updateInitPassword(ctx, adminUserID,
		config.GetQuaymasterAdminPassword()); err != nil {
		log.Error(err)
	}

	// Init API handler
	if err := api.Init(); err != nil {
		log.Fatalf("Failed to initialize API handlers with error: %s", err.Error())
	}

	registerScanners(orm.Context())

	closing := make(chan struct{})
	done := make(chan struct{})
	go gracefulShutdown(closing, done, shutdownTracerProvider)

	// Init job service client (core -> jobservice)
	job.Init()
	registryctl.Init() // registryctl client for blob/manifest deletion

	server.RegisterRoutes()

	iTLSEnabled := config.InternalTLSEnabled()
	if iTLSEnabled {
		log.Info("internal TLS enabled, Init TLS ...")
		iTLSKeyPath := os.Getenv("INTERNAL_TLS_KEY_PATH")
		iTLSCertPath := os.Getenv("INTERNAL_TLS_CERT_PATH")

		log.Infof("load client key: %s client cert: %s", iTLSKeyPath, iTLSCertPath)
		web.BConfig.Listen.EnableHTTP = false
		web.BConfig.Listen.EnableHTTPS = true
		web.BConfig.Listen.HTTPSPort = 8443
		web.BConfig.Listen.HTTPSKeyFile = iTLSKeyPath
		web.BConfig.Listen.HTTPSCertFile = iTLSCertPath
	}

	log.Infof("Version: %s, Git commit: %s", version.ReleaseVersion, version.GitCommit)

	log.Info("Fix empty subiss for meta info data.")
	_, err = oidc.FixEmptySubIss(orm.Context())
	if err != nil {
		log.Warningf("oidc.FixEmptySubIss() errors out, error: %v", err)
	}

	web.RunWithMiddleWares("", middlewares.MiddleWares()...)
}

const (
	trivyScanner = "Trivy"
)

// registerScanners registers the bundled Trivy adapter (http://trivy-adapter:8080 by default)
// as the default scanner, unregistering it when Quaymaster is deployed without Trivy.
func registerScanners(ctx context.Context) {
	wantedScanners := make([]scanner.Registration, 0)
	uninstallScannerNames := make([]string, 0)

	if config.WithTrivy() {
		log.Info("Registering Trivy scanner")
		wantedScanners = append(wantedScanners, scanner.Registration{
			Name:            trivyScanner,
			Description:     "The Trivy scanner adapter",
			URL:             config.TrivyAdapterURL(),
			UseInternalAddr: true,
			Immutable:       true,
		})
	} else {
		log.Info("Removing Trivy scanner")
		uninstallScannerNames = append(uninstallScannerNames, trivyScanner)
	}

	if err := scan.RemoveImmutableScanners(ctx, uninstallScannerNames); err != nil {
		log.Warningf("failed to remove scanners: %v", err)
	}

	if err := scan.EnsureScanners(ctx, wantedScanners); err != nil {
		log.Fatalf("failed to register scanners: %v", err)
	}

	if defaultScannerName := getDefaultScannerName(); defaultScannerName != "" {
		log.Infof("Setting %s as default scanner", defaultScannerName)
		if err := scan.EnsureDefaultScanner(ctx, defaultScannerName); err != nil {
			log.Fatalf("failed to set default scanner: %v", err)
		}
	}
}

func getDefaultScannerName() string {
	if config.WithTrivy() {
		return trivyScanner
	}
	return ""
}

