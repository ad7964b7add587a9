// Copyright Project Quaymaster Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"

	"github.com/quaymaster/quaymaster/src/common"
	"github.com/quaymaster/quaymaster/src/jobservice/common/utils"
	"github.com/quaymaster/quaymaster/src/jobservice/config"
	"github.com/quaymaster/quaymaster/src/jobservice/job"
	"github.com/quaymaster/quaymaster/src/jobservice/job/impl"
	"github.com/quaymaster/quaymaster/src/jobservice/logger"
	"github.com/quaymaster/quaymaster/src/jobservice/runtime"
	"github.com/quaymaster/quaymaster/src/lib/cache"
	_ "github.com/quaymaster/quaymaster/src/lib/cache/memory" // memory cache
	_ "github.com/quaymaster/quaymaster/src/lib/cache/redis"  // redis cache
	cfgLib "github.com/quaymaster/quaymaster/src/lib/config"
	tracelib "github.com/quaymaster/quaymaster/src/lib/trace"
	_ "github.com/quaymaster/quaymaster/src/pkg/config/inmemory"
	_ "github.com/quaymaster/quaymaster/src/pkg/config/rest"
	_ "github.com/quaymaster/quaymaster/src/pkg/reg/adapter/dockerhub"
	_ "github.com/quaymaster/quaymaster/src/pkg/reg/adapter/native"
	_ "github.com/quaymaster/quaymaster/src/pkg/reg/adapter/quaymaster"
)

func main() {
	cfgLib.DefaultCfgManager = common.RestCfgManager
	if err := cfgLib.DefaultMgr().Load(context.Background()); err != nil {
		panic(fmt.Sprintf("failed to load configuration, error: %v", err))
	}

	// Get parameters
	configPath := flag.String("c", "", "Specify the yaml config file path")
	flag.Parse()

	// Missing config file
	if configPath == nil || utils.IsEmptyStr(*configPath) {
		flag.Usage()
		panic("no config file is specified")
	}

	// Load configurations
	if err := config.DefaultConfig.Load(*configPath, true); err != nil {
		panic(fmt.Sprintf("load configurations error: %s\n", err))
	}

	// Set job context initializer
	runtime.JobService.SetJobContextInitializer(func(ctx context.Context) (job.Context, error) {
		secret := config.GetAuthSecret()
		if utils.IsEmptyStr(secret) {
			return nil, errors.New("empty auth secret")
		}
		coreURL := os.Getenv("CORE_URL")
		configURL := coreURL + common.CoreConfigPath
		cfgMgr, err := cfgLib.GetManager(common.RestCfgManager)
		if err != nil {
			return nil, err
		}
		cfgMgr = config.NewRESTCfgManager(configURL, secret)
		jobCtx := impl.NewDefaultContext(ctx, cfgMgr)

		if err := jobCtx.Init(); err != nil {
			return nil, err
		}

		return jobCtx, nil
	})

	// init cache if cache layer enabled
	// gc needs to delete artifact by artifact manager, but the artifact cache store in
	// core redis db so here require core redis url and init default cache.
	if cfgLib.CacheEnabled() {
		cacheURL := os.Getenv("_REDIS_URL_CORE")
		u, err := url.Parse(cacheURL)
		if err != nil {
			panic("bad _REDIS_URL_CORE")
		}

		if err = cache.Initialize(u.Scheme, cacheURL); err != nil {
			panic(fmt.Sprintf("failed to initialize cache: %v", err))
		}
	}

	tp := tracelib.InitGlobalTracer(context.Background())
	defer tp.Shutdown()

	// Set a standard logger
	logger.SetLogger(logger.NewStdOutput(config.GetLogLevel()))

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// Start
	if err := runtime.JobService.LoadAndRun(ctx, cancel); err != nil {
		logger.Fatal(err)
	}
}
