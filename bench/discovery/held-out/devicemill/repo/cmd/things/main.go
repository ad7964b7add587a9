// Command things runs the Devicemill things service: things, channels, connections,
// plus the gRPC ThingsAuthzService that protocol adapters call to authorize publishes.
package main

import (
	"context"
	"log"
	"log/slog"
	"net"
	"net/url"
	"os"
	"time"

	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/events/store"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/postgres"
	redisclient "github.com/devicemill/devicemill/pkg/redis"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/devicemill/devicemill/things"
	thapi "github.com/devicemill/devicemill/things/api"
	thgrpc "github.com/devicemill/devicemill/things/api/grpc"
	"github.com/devicemill/devicemill/things/cache"
	"github.com/devicemill/devicemill/things/events"
	thpg "github.com/devicemill/devicemill/things/postgres"
	"github.com/go-chi/chi/v5"
	"google.golang.org/grpc"
)

const (
	svcName           = "things"
	envPrefixDB       = "DM_THINGS_DB_"
	envPrefixHTTP     = "DM_THINGS_HTTP_"
	envPrefixAuthGRPC = "DM_THINGS_AUTH_GRPC_"
	envPrefixAuth     = "DM_AUTH_GRPC_"
)

type config struct {
	LogLevel      string        `env:"DM_THINGS_LOG_LEVEL"        envDefault:"info"`
	StandaloneID  string        `env:"DM_THINGS_STANDALONE_ID"    envDefault:""`
	CacheURL      string        `env:"DM_THINGS_CACHE_URL"        envDefault:"redis://localhost:6379/0"`
	CacheKeyDur   time.Duration `env:"DM_THINGS_CACHE_KEY_DURATION" envDefault:"10m"`
	ESURL         string        `env:"DM_ES_URL"                  envDefault:"nats://localhost:4222"`
	JaegerURL     url.URL       `env:"DM_JAEGER_URL"              envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio    float64       `env:"DM_JAEGER_TRACE_RATIO"      envDefault:"1.0"`
	InstanceID    string        `env:"DM_THINGS_INSTANCE_ID"      envDefault:""`
	AuthGRPCHost  string        `env:"DM_THINGS_AUTH_GRPC_HOST"   envDefault:""`
	AuthGRPCPort  string        `env:"DM_THINGS_AUTH_GRPC_PORT"   envDefault:"7000"`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := postgres.Setup(envPrefixDB, thpg.Migrations)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	cacheClient, err := redisclient.Connect(cfg.CacheURL)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer cacheClient.Close()

	// Standalone mode skips the auth service entirely (used for edge deployments).
	var auth grpcclient.AuthServiceClient
	if cfg.StandaloneID == "" {
		ac, ah, err := grpcclient.SetupAuthClient(envPrefixAuth)
		if err != nil {
			logger.Error(err.Error())
			os.Exit(1)
		}
		defer ah.Close()
		auth = ac
	} else {
		auth = things.NewStandaloneAuth(cfg.StandaloneID)
	}

	repo := thpg.NewRepository(db)
	thingCache := cache.NewThingCache(cacheClient, cfg.CacheKeyDur)
	svc := things.NewService(auth, repo, thingCache)

	publisher, err := store.NewPublisher(ctx, cfg.ESURL)
	if err != nil {
		logger.Error("failed to connect to event store", slog.Any("error", err))
		os.Exit(1)
	}
	defer publisher.Close()
	svc = events.NewEventStoreMiddleware(svc, publisher)

	grpcSrv := grpc.NewServer()
	thgrpc.Register(grpcSrv, svc)
	lis, err := net.Listen("tcp", cfg.AuthGRPCHost+":"+cfg.AuthGRPCPort)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	go func() {
		logger.Info("things authz gRPC listening", slog.String("addr", lis.Addr().String()))
		_ = grpcSrv.Serve(lis)
	}()
	defer grpcSrv.GracefulStop()

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	thapi.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("things service terminated", slog.Any("error", err))
	}
}
