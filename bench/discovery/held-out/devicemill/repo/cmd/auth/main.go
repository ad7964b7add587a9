// Command auth runs the Devicemill auth service: keys, tokens, domains and
// policy checks (backed by SpiceDB).
package main

import (
	"context"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/url"
	"os"
	"time"

	"github.com/devicemill/devicemill/auth"
	authapi "github.com/devicemill/devicemill/auth/api"
	authgrpc "github.com/devicemill/devicemill/auth/api/grpc"
	authpg "github.com/devicemill/devicemill/auth/postgres"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/policies/keto"
	"github.com/devicemill/devicemill/pkg/policies/spicedb"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/go-chi/chi/v5"
	"google.golang.org/grpc"
)

const (
	svcName       = "auth"
	envPrefixDB   = "DM_AUTH_DB_"
	envPrefixHTTP = "DM_AUTH_HTTP_"
)

type config struct {
	LogLevel        string        `env:"DM_AUTH_LOG_LEVEL"               envDefault:"info"`
	SecretKey       string        `env:"DM_AUTH_SECRET_KEY"              envDefault:"secret"`
	AccessDuration  time.Duration `env:"DM_AUTH_ACCESS_TOKEN_DURATION"   envDefault:"1h"`
	RefreshDuration time.Duration `env:"DM_AUTH_REFRESH_TOKEN_DURATION"  envDefault:"24h"`
	PolicyEngine    string        `env:"DM_AUTH_POLICY_ENGINE"           envDefault:"spicedb"`
	SpicedbHost     string        `env:"DM_SPICEDB_HOST"                 envDefault:"localhost"`
	SpicedbPort     string        `env:"DM_SPICEDB_PORT"                 envDefault:"50051"`
	SpicedbPSK      string        `env:"DM_SPICEDB_PRE_SHARED_KEY"       envDefault:"12345678"`
	KetoReadHost    string        `env:"DM_KETO_READ_REMOTE_HOST"        envDefault:"keto"`
	KetoReadPort    string        `env:"DM_KETO_READ_REMOTE_PORT"        envDefault:"4466"`
	KetoWriteHost   string        `env:"DM_KETO_WRITE_REMOTE_HOST"       envDefault:"keto"`
	KetoWritePort   string        `env:"DM_KETO_WRITE_REMOTE_PORT"       envDefault:"4467"`
	GRPCHost        string        `env:"DM_AUTH_GRPC_HOST"               envDefault:""`
	GRPCPort        string        `env:"DM_AUTH_GRPC_PORT"               envDefault:"7001"`
	JaegerURL       url.URL       `env:"DM_JAEGER_URL"                   envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio      float64       `env:"DM_JAEGER_TRACE_RATIO"           envDefault:"1.0"`
	InstanceID      string        `env:"DM_AUTH_INSTANCE_ID"             envDefault:""`
}

func newPolicyAgent(cfg config) (auth.PolicyAgent, error) {
	switch cfg.PolicyEngine {
	case "keto":
		return keto.NewAgent(
			fmt.Sprintf("%s:%s", cfg.KetoReadHost, cfg.KetoReadPort),
			fmt.Sprintf("%s:%s", cfg.KetoWriteHost, cfg.KetoWritePort))
	case "spicedb":
		return spicedb.NewAgent(fmt.Sprintf("%s:%s", cfg.SpicedbHost, cfg.SpicedbPort), cfg.SpicedbPSK)
	default:
		return nil, fmt.Errorf("unknown policy engine %q", cfg.PolicyEngine)
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := postgres.Setup(envPrefixDB, authpg.Migrations)
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

	agent, err := newPolicyAgent(cfg)
	if err != nil {
		logger.Error("failed to init policy agent", slog.Any("error", err))
		os.Exit(1)
	}

	svc := auth.NewService(authpg.NewKeyRepository(db), authpg.NewDomainRepository(db), agent,
		cfg.SecretKey, cfg.AccessDuration, cfg.RefreshDuration)

	grpcSrv := grpc.NewServer()
	authgrpc.Register(grpcSrv, svc)
	lis, err := net.Listen("tcp", cfg.GRPCHost+":"+cfg.GRPCPort)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	go func() { _ = grpcSrv.Serve(lis) }()
	defer grpcSrv.GracefulStop()

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	authapi.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("auth service terminated", slog.Any("error", err))
	}
}
