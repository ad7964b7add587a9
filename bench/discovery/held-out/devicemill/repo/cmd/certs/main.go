// Command certs issues X.509 client certificates for things. Certificates are
// signed by Vault PKI when DM_CERTS_VAULT_HOST is set, otherwise by the local CA
// at DM_CERTS_SIGN_CA_PATH.
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	"github.com/devicemill/devicemill/certs"
	"github.com/devicemill/devicemill/certs/pki"
	certspg "github.com/devicemill/devicemill/certs/postgres"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/postgres"
	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/go-chi/chi/v5"
)

const (
	svcName       = "certs"
	envPrefixDB   = "DM_CERTS_DB_"
	envPrefixHTTP = "DM_CERTS_HTTP_"
	envPrefixAuth = "DM_AUTH_GRPC_"
)

type config struct {
	LogLevel     string  `env:"DM_CERTS_LOG_LEVEL"         envDefault:"info"`
	ThingsURL    string  `env:"DM_THINGS_URL"              envDefault:"http://localhost:9000"`
	SignCAPath   string  `env:"DM_CERTS_SIGN_CA_PATH"      envDefault:"ca.crt"`
	SignCAKey    string  `env:"DM_CERTS_SIGN_CA_KEY_PATH"  envDefault:"ca.key"`
	VaultHost    string  `env:"DM_CERTS_VAULT_HOST"        envDefault:""`
	VaultRole    string  `env:"DM_CERTS_VAULT_PKI_ROLE"    envDefault:"devicemill"`
	VaultPath    string  `env:"DM_CERTS_VAULT_PKI_PATH"    envDefault:"pki_int"`
	VaultToken   string  `env:"DM_CERTS_VAULT_TOKEN"       envDefault:""`
	JaegerURL    url.URL `env:"DM_JAEGER_URL"              envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio   float64 `env:"DM_JAEGER_TRACE_RATIO"      envDefault:"1.0"`
	InstanceID   string  `env:"DM_CERTS_INSTANCE_ID"       envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	var signer pki.Agent
	var err error
	if cfg.VaultHost != "" {
		signer, err = pki.NewVaultAgent(cfg.VaultHost, cfg.VaultToken, cfg.VaultPath, cfg.VaultRole)
	} else {
		signer, err = pki.NewLocalAgent(cfg.SignCAPath, cfg.SignCAKey)
	}
	if err != nil {
		logger.Error("failed to configure PKI", slog.Any("error", err))
		os.Exit(1)
	}

	db, err := postgres.Setup(envPrefixDB, certspg.Migrations)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	authClient, authHandler, err := grpcclient.SetupAuthClient(envPrefixAuth)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer authHandler.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	dmsdk := sdk.NewSDK(sdk.Config{ThingsURL: cfg.ThingsURL})
	svc := certs.New(authClient, certspg.NewRepository(db, logger), dmsdk, signer)

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	certs.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("certs terminated", slog.Any("error", err))
	}
}
