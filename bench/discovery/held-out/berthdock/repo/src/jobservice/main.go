package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/berthdock/berthdock/src/common/dao"
	"github.com/berthdock/berthdock/src/jobservice/common/utils"
	"github.com/berthdock/berthdock/src/jobservice/config"
	"github.com/berthdock/berthdock/src/jobservice/job"
	"github.com/berthdock/berthdock/src/jobservice/job/impl"
	"github.com/berthdock/berthdock/src/jobservice/logger"
	"github.com/berthdock/berthdock/src/jobservice/runtime"
	cfgLib "github.com/berthdock/berthdock/src/lib/config"
	tracelib "github.com/berthdock/berthdock/src/lib/trace"
	"github.com/berthdock/berthdock/src/registryctl/client"
)

func main() {
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

	// Init job service side configuration from core (GET /api/internal/configurations)
	if err := cfgLib.InitWithSettings(config.DefaultConfig.CoreURL(), config.GetAuthSecret()); err != nil {
		logger.Fatalf("failed to initialize configurations from core: %v", err)
	}

	// Jobs access the registry database directly (GC, retention, replication, scan data)
	database, err := cfgLib.Database()
	if err != nil {
		panic(err)
	}
	if err := dao.InitDatabase(database); err != nil {
		panic(err)
	}

	// Create the root context
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	// Initialize logger
	if err := logger.Init(ctx); err != nil {
		panic(err)
	}

	if tracelib.Enabled() {
		tp := tracelib.InitGlobalTracer(ctx)
		defer tp.Shutdown(ctx)
	}

	// registryctl is used by the GC job
	client.Init()

	// Set job context initializer
	runtime.JobService.SetJobContextInitializer(func(ctx context.Context) (job.Context, error) {
		secret := config.GetAuthSecret()
		if utils.IsEmptyStr(secret) {
			return nil, errors.New("empty auth secret")
		}
		return impl.NewDefaultContext(ctx), nil
	})

	// Start
	if err := runtime.JobService.LoadAndRun(ctx, cancel); err != nil {
		logger.Fatal(err)
	}
	os.Exit(0)
}
