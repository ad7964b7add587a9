// Command postgres-reader serves stored messages over HTTP.
// Users are authorized via auth gRPC, things (Thing key) via things gRPC.
package main

import (
	"context"
	"log"
	"log/slog"
	"os"

	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/readers/api"
	readerpg "github.com/devicemill/devicemill/readers/postgres"
	"github.com/go-chi/chi/v5"
)

const (
	svcName         = "postgres-reader"
	envPrefixDB     = "DM_POSTGRES_"
	envPrefixHTTP   = "DM_POSTGRES_READER_HTTP_"
	envPrefixAuth   = "DM_AUTH_GRPC_"
	envPrefixThings = "DM_THINGS_AUTH_GRPC_"
)

type config struct {
	LogLevel   string `env:"DM_POSTGRES_READER_LOG_LEVEL"   envDefault:"info"`
	InstanceID string `env:"DM_POSTGRES_READER_INSTANCE_ID" envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	// The reader never migrates; the writer owns the schema.
	db, err := postgres.Setup(envPrefixDB, nil)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	thingsClient, thingsHandler, err := grpcclient.SetupThingsClient(envPrefixThings)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer thingsHandler.Close()

	authClient, authHandler, err := grpcclient.SetupAuthClient(envPrefixAuth)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer authHandler.Close()

	repo := readerpg.New(db)
	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	api.MakeHandler(r, repo, authClient, thingsClient, svcName)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("postgres reader terminated", slog.Any("error", err))
	}
}
